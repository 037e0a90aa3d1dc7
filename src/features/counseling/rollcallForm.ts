/** 晚点名表单的纯逻辑：默认值、人数校验、生成提交负载 */
import { addDays, inShanghai, shanghaiInstant } from '../../../domain/calendar'
import type { AbsenceReason } from '../../../types/domain'
import type { RollCallGetResult, RollCallView } from '../../services/api/counseling'

export interface AbsenceRow { studentId: string; name: string; reason: AbsenceReason; note: string }
export interface RollCallFormState {
  date: string
  time: string
  expected: string
  present: string
  absences: AbsenceRow[]
  meetingTopic: string
}

/** 表单初值：已有记录取记录；否则日期取本周周日与今天中较早者，时间 21:00，应到取名册人数 */
export function initialState(data: RollCallGetResult, today: string, record: RollCallView | null = data.record): RollCallFormState {
  if (record) {
    const held = inShanghai(record.heldAt)
    return {
      date: held.format('YYYY-MM-DD'),
      time: held.format('HH:mm'),
      expected: String(record.expected),
      present: String(record.present),
      absences: record.absences.map((a) => ({ studentId: a.studentId, name: a.studentName, reason: a.reason, note: a.note ?? '' })),
      meetingTopic: record.meetingTopic ?? '',
    }
  }
  const sunday = addDays(data.weekStart, 6)
  return { date: sunday < today ? sunday : today, time: '21:00', expected: String(data.rosterCount), present: String(data.rosterCount), absences: [], meetingTopic: '' }
}

/** 本地校验（与服务端一致），返回字段 → 中文错误 */
export function validate(s: RollCallFormState): Record<string, string> {
  const errors: Record<string, string> = {}
  const expected = Number(s.expected)
  const present = Number(s.present)
  if (!/^\d+$/.test(s.expected)) errors.expected = '请填写应到人数'
  if (!/^\d+$/.test(s.present)) errors.present = '请填写实到人数'
  else if (!errors.expected && present + s.absences.length !== expected) {
    errors.present = `实到 ${present} + 缺勤 ${s.absences.length} ≠ 应到 ${expected}`
  }
  s.absences.forEach((a, i) => {
    if (a.reason === 'other' && !a.note.trim()) errors[`absences.${i}.note`] = '原因为“其他”时须填写说明'
  })
  return errors
}

export function toPayload(classId: string, week: number, s: RollCallFormState, correction: boolean) {
  return {
    classId,
    week,
    heldAt: shanghaiInstant(s.date, s.time).toISOString(),
    expected: Number(s.expected),
    present: Number(s.present),
    absences: s.absences.map((a) => ({ studentId: a.studentId, reason: a.reason, ...(a.note.trim() ? { note: a.note.trim() } : {}) })),
    ...(s.meetingTopic.trim() ? { meetingTopic: s.meetingTopic.trim() } : {}),
    ...(correction ? { correction: true } : {}),
  }
}
