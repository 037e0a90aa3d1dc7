/** 工作台账的显示文字 */
import { ROLE_LABELS } from '../../../types/domain'
import type { AttendanceStatus, TrainingView } from '../../../types/api/ledger-views'
import { TRAINING_FORM_LABELS, TRAINING_ORGANISER_LABELS } from '../../../types/models-ledger'

export const ATTENDANCE_TEXT: Record<AttendanceStatus, string> = { present: '已签到', absent: '缺席', pending: '未签到' }
export const ATTENDANCE_TONE: Record<AttendanceStatus, 'success' | 'danger' | 'neutral'> = { present: 'success', absent: 'danger', pending: 'neutral' }
export const COVERAGE_TEXT = { trained: '已培训', missed: '缺训', not_yet: '未培训' } as const

export function audienceText(t: Pick<TrainingView, 'audience'>): string {
  if (t.audience.kind === 'staff') return `点名工作人员 ${t.audience.personIds.length} 人`
  return `${t.audience.grades.join('、')} · ${t.audience.roles.map((r) => ROLE_LABELS[r]).join('、')}`
}

export const trainingMeta = (t: TrainingView): string =>
  `${t.date} ${t.startTime}–${t.endTime} · ${t.place} · ${TRAINING_FORM_LABELS[t.form]} · ${TRAINING_ORGANISER_LABELS[t.organiser]} · ${t.hours} 学时`
