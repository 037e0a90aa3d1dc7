/** 谈心谈话：按辅导员、按类型；被关注学生 7 日内谈话覆盖；朋辈谈心按班级/宿舍 */
import { addDays, shanghaiDate } from '../calendar'
import { REPORT_KINDS, TALK_TYPES } from '../../types/domain'
import type { CounselorTalkRow, PeerUnitRow, TalkSection } from '../../types/models-reports'
import type { MonthInput, TalkInput } from './input'
import { concernsIn, flaggedStudents } from './concerns'
import { byName, dateInPeriod, ratio, zeroCounts, type MonthPeriod } from './period'

/** 7 日窗口：被关注当日（北京时间）起至第 7 天（含） */
export const FOLLOW_UP_DAYS = 7

export function followUp7d(input: MonthInput, p: MonthPeriod): TalkSection['followUp7d'] {
  const flagged = flaggedStudents(concernsIn(input, p))
  const talksByStudent = new Map<string, string[]>()
  for (const t of input.talks) {
    const list = talksByStudent.get(t.studentId)
    if (list) list.push(t.date)
    else talksByStudent.set(t.studentId, [t.date])
  }
  const today = shanghaiDate(input.generatedAt)
  let talked = 0
  let pending = 0
  for (const [studentId, f] of flagged) {
    const from = shanghaiDate(f.firstAt)
    const to = addDays(from, FOLLOW_UP_DAYS)
    if ((talksByStudent.get(studentId) ?? []).some((d) => d >= from && d <= to)) talked++
    else if (to >= today) pending++
  }
  return { flagged: flagged.size, talked, pending, share: ratio(talked, flagged.size - pending) }
}

export function talksIn(input: MonthInput, p: MonthPeriod): TalkInput[] {
  return input.talks.filter((t) => dateInPeriod(p, t.date))
}

export function computeTalks(input: MonthInput, p: MonthPeriod): TalkSection {
  const talks = talksIn(input, p)
  const byType = zeroCounts(TALK_TYPES)
  const counselors = new Map<string, { name: string; talks: number; students: Set<string> }>()
  const students = new Set<string>()
  let referred = 0
  for (const t of talks) {
    if (t.type in byType) byType[t.type]++
    students.add(t.studentId)
    if (t.referred) referred++
    const c = counselors.get(t.authorId) ?? { name: t.authorName, talks: 0, students: new Set<string>() }
    c.talks++
    c.students.add(t.studentId)
    counselors.set(t.authorId, c)
  }
  const byCounselor: CounselorTalkRow[] = [...counselors]
    .map(([counselorId, c]) => ({ counselorId, name: c.name, talks: c.talks, students: c.students.size }))
    .sort((a, b) => b.talks - a.talks || byName(a, b))

  const names = new Map<string, string>([
    ...input.classes.map((c) => [`class:${c._id}`, c.name] as const),
    ...input.dorms.map((d) => [`dorm:${d._id}`, d.name] as const),
  ])
  const units = new Map<string, PeerUnitRow>()
  const byKind = Object.fromEntries(REPORT_KINDS.map((k) => [k, { logged: 0, confirmed: 0 }])) as TalkSection['peer']['byKind']
  for (const r of input.peerTalks) {
    if (r.month !== p.month) continue
    const key = `${r.kind}:${r.unitId}`
    const name = names.get(key)
    if (name === undefined) continue
    const row = units.get(key) ?? { kind: r.kind, unitId: r.unitId, name, logged: 0, confirmed: 0 }
    row.logged += r.count
    byKind[r.kind].logged += r.count
    if (r.status === 'confirmed') {
      row.confirmed += r.count
      byKind[r.kind].confirmed += r.count
    }
    units.set(key, row)
  }
  const unitRows = [...units.values()].sort((a, b) => a.kind.localeCompare(b.kind) || byName(a, b))
  return {
    total: talks.length,
    students: students.size,
    byType,
    byCounselor,
    referred,
    followUp7d: followUp7d(input, p),
    peer: {
      logged: byKind.class.logged + byKind.dorm.logged,
      confirmed: byKind.class.confirmed + byKind.dorm.confirmed,
      byKind,
      units: unitRows,
    },
  }
}
