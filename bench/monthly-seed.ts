/**
 * 月报压测数据：一个大站点（300 班、1500 宿舍）的一个月（及上月）记录，经 SDK 直接写入。
 * 每月：应报周内全部周报（95% 已报、其中 90% 按时，10% 带关注条目）、3000 条谈话、1200 次晚点名、
 * 40 条即时报告、600 条朋辈谈心；重点关注库 150 条。数据由确定性伪随机生成（可复现）。
 */
import { addDays, monthDates, weekWindow, weekdayOf } from '../domain/calendar'
import { monthPeriod } from '../domain/monthly'
import { COLLECTIONS } from '../cloudfunctions/_lib/collections'
import type { Database } from '../cloudfunctions/_lib/sdk'
import { ABSENCE_REASONS, CONCERN_CATEGORIES, LEVELS, TALK_TYPES } from '../types/domain'
import { rng } from '../scripts/seed/names'

export const CLASSES = 300
export const DORMS = 1500
const STUDENTS_PER_CLASS = 30
const TALKS = 3000
const ROLL_CALLS = 1200
const KEY_CARE = 150

async function insertMany(db: Database, coll: string, docs: object[]): Promise<void> {
  const batches: object[][] = []
  for (let i = 0; i < docs.length; i += 500) batches.push(docs.slice(i, i + 500))
  for (let i = 0; i < batches.length; i += 4) {
    await Promise.all(batches.slice(i, i + 4).map(async (b) => {
      const r = (await db.collection(coll).add(b)) as { code?: string; message?: string }
      if (r.code) throw new Error(`seed ${coll}: ${r.code} ${r.message}`)
    }))
  }
}

export interface SeededStation {
  stationId: string
  headOpenid: string
  docs: number
}

/** 造一个站点；months 为要造数据的月份（如 ['2026-09', '2026-10']） */
export async function seedStation(db: Database, index: number, months: string[], now: Date): Promise<SeededStation> {
  const rand = rng(1000 + index)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const S = `bench-s${index}`
  const first = monthDates(months[0]).first
  const startDate = addDays(first, -(weekdayOf(first) - 1) - 28)
  const term = { _id: `${S}-term`, stationId: S, name: '压测学期', startDate, weeks: 30, weeksOff: [] as number[], deadlineWeekday: 7, deadlineTime: '22:00', createdAt: now, updatedAt: now }
  const classes = Array.from({ length: CLASSES }, (_, i) => ({ _id: `${S}-c${i}`, stationId: S, grade: `${2023 + (i % 3)}级`, name: `压测${String(i).padStart(3, '0')}班` }))
  const dorms = Array.from({ length: DORMS }, (_, i) => ({ _id: `${S}-d${i}`, stationId: S, building: `${1 + Math.floor(i / 100)}栋`, room: String(100 + (i % 100)), name: `${1 + Math.floor(i / 100)}栋${100 + (i % 100)}` }))
  const student = (n: number) => ({ id: `${S}-st${n}`, classId: classes[Math.floor(n / STUDENTS_PER_CLASS)]._id, dormId: dorms[Math.floor(n / 6) % DORMS]._id, name: `学生${n}` })
  const nStudents = CLASSES * STUDENTS_PER_CLASS
  const counselors = Array.from({ length: 10 }, (_, i) => ({ id: `${S}-counselor${i}`, name: `辅导员${i}` }))

  const reports: object[] = []
  const talks: object[] = []
  const rollCalls: object[] = []
  const alerts: object[] = []
  const peers: object[] = []
  for (const month of months) {
    const period = monthPeriod([term], month)
    const { first: mFirst } = monthDates(month)
    const days = Number(monthDates(month).last.slice(8))
    const units = [...classes.map((c) => ({ kind: 'class' as const, id: c._id })), ...dorms.map((d) => ({ kind: 'dorm' as const, id: d._id }))]
    for (const w of period.weeks) {
      const due = weekWindow(term, w.week).due
      for (const u of units) {
        if (rand() < 0.05) continue
        const onTime = rand() < 0.9
        const at = new Date(due.getTime() + (onTime ? -3 : 20) * 3600_000)
        const concerns = rand() < 0.1 ? Array.from({ length: rand() < 0.3 ? 2 : 1 }, (_, k) => {
          const s = student(Math.floor(rand() * nStudents))
          return { id: `c${k}`, studentId: s.id, studentName: s.name, classId: s.classId, dormId: s.dormId, categories: [pick(CONCERN_CATEGORIES)], level: pick(LEVELS), description: '情况描述', measures: '', needsTalk: rand() < 0.5 }
        }) : []
        reports.push({
          _id: `${term._id}:${w.week}:${u.kind}:${u.id}`, stationId: S, termId: term._id, week: w.week, kind: u.kind, unitId: u.id,
          ...(u.kind === 'class' ? { classId: u.id } : { dormId: u.id }), reporterId: 'p', reporterName: '填报人', hasConcern: concerns.length > 0,
          overall: concerns.length ? '总体平稳' : '', majorEvents: '', concerns, status: 'submitted', firstSubmittedAt: at, submittedAt: at,
          onTime, revision: 1, revisions: [], concernLevels: concerns.map((c) => c.level), concernCategories: concerns.flatMap((c) => c.categories), studentIds: concerns.map((c) => c.studentId),
        })
      }
    }
    for (let i = 0; i < TALKS; i++) {
      const s = student(Math.floor(rand() * nStudents))
      const c = pick(counselors)
      const date = addDays(mFirst, Math.floor(rand() * days))
      talks.push({ _id: `${S}-${month}-t${i}`, stationId: S, studentId: s.id, studentName: s.name, classId: s.classId, dormId: s.dormId, authorId: c.id, authorName: c.name, date, place: '办公室', form: 'in_person', type: pick(TALK_TYPES), source: 'self_initiated', summary: '谈话摘要'.repeat(10), level: pick(LEVELS), measures: '继续关注', referred: rand() < 0.02, createdAt: now })
    }
    const rcWeeks = period.weeks.slice(0, Math.ceil(ROLL_CALLS / CLASSES))
    for (const w of rcWeeks) {
      for (const c of classes) {
        if (rollCalls.length >= ROLL_CALLS * (months.indexOf(month) + 1)) break
        const absent = Math.floor(rand() * 3)
        const absences = Array.from({ length: absent }, (_, k) => ({ studentId: `${c._id}-a${k}`, studentName: '某同学', reason: pick(ABSENCE_REASONS) }))
        const heldAt = weekWindow(term, w.week).due
        rollCalls.push({ _id: `${term._id}:${w.week}:${c._id}`, stationId: S, termId: term._id, week: w.week, classId: c._id, heldAt, expected: STUDENTS_PER_CLASS, present: STUDENTS_PER_CLASS - absent, absences, recordedBy: 'p', recordedByName: '委员', status: pick(['pending', 'confirmed', 'confirmed', 'confirmed', 'returned']), revision: 1, revisions: [], correction: false, createdAt: heldAt, updatedAt: heldAt })
      }
    }
    for (let i = 0; i < 40; i++) {
      const created = new Date(period.start.getTime() + rand() * (period.end.getTime() - period.start.getTime()))
      const acked = rand() < 0.9 ? new Date(created.getTime() + rand() * 45 * 60_000) : null
      alerts.push({ _id: `${S}-${month}-al${i}`, stationId: S, source: pick(['concern', 'button']), reporterId: 'p', level: 'crisis', description: '即时报告', createdAt: created, ackDeadline: new Date(created.getTime() + 30 * 60_000), counselorIds: [], ackedAt: acked, escalatedAt: acked && acked.getTime() - created.getTime() < 30 * 60_000 ? null : new Date(created.getTime() + 30 * 60_000) })
    }
    for (let i = 0; i < 600; i++) {
      const s = student(Math.floor(rand() * nStudents))
      const kind = rand() < 0.5 ? 'class' : 'dorm'
      peers.push({ _id: `${S}-${month}-p${i}`, stationId: S, reporterId: 'p', reporterName: '委员', kind, unitId: kind === 'class' ? s.classId : s.dormId, studentId: s.id, studentName: s.name, classId: s.classId, dormId: s.dormId, date: addDays(mFirst, Math.floor(rand() * days)), form: 'in_person', category: pick(CONCERN_CATEGORIES), summary: '朋辈谈心', needsCounselor: false, status: pick(['pending', 'confirmed', 'confirmed', 'returned']), createdAt: now, updatedAt: now })
    }
  }
  const keyCare = Array.from({ length: KEY_CARE }, (_, i) => {
    const s = student(i * 53)
    const enteredAt = addDays(first, Math.floor(rand() * 50) - 20)
    const status = pick(['active', 'active', 'active', 'referred', 'closed'] as const)
    return {
      _id: `${S}-kc${i}`, stationId: S, studentId: s.id, studentName: s.name, classId: s.classId, dormId: s.dormId, level: pick(LEVELS), categories: [pick(CONCERN_CATEGORIES)], enteredAt, source: 'weekly_concern', counselorId: counselors[0].id, counselorName: counselors[0].name, nextFollowUp: addDays(enteredAt, 14), status,
      ...(status === 'referred' ? { referral: { to: 'center', date: addDays(enteredAt, 5), party: '校心理中心' } } : {}),
      ...(status === 'closed' ? { closeReason: '情况好转', closedAt: new Date(`${addDays(enteredAt, 20)}T04:00:00Z`) } : {}),
      history: [{ at: new Date(`${enteredAt}T04:00:00Z`), by: counselors[0].id, change: 'enter', to: 'key' }], centerFeedback: [], createdAt: now, updatedAt: now,
    }
  })
  const students = keyCare.map((k, i) => ({ _id: k.studentId, stationId: S, studentNo: `B${index}${String(i).padStart(6, '0')}`, name: k.studentName, gender: '男', classId: k.classId, dormId: k.dormId, updatedAt: now }))
  const headOpenid = `bench-head-${index}`
  await insertMany(db, COLLECTIONS.stations, [{ _id: S, name: `压测学院${String(index).padStart(2, '0')}`, ackLimitMinutes: 30, createdAt: now }])
  await insertMany(db, COLLECTIONS.terms, [term])
  await insertMany(db, COLLECTIONS.people, [{ _id: `${S}-head`, openid: headOpenid, name: '压测站长', createdAt: now }])
  await insertMany(db, COLLECTIONS.roleAssignments, [{ _id: `${S}-head-a`, personId: `${S}-head`, role: 'head', stationId: S, termStart: new Date(now.getTime() - 86_400_000 * 365), termEnd: null, endedAt: null, createdAt: now }])
  const sets: Array<[string, object[]]> = [
    [COLLECTIONS.classes, classes], [COLLECTIONS.dorms, dorms], [COLLECTIONS.students, students], [COLLECTIONS.weeklyReports, reports],
    [COLLECTIONS.talks, talks], [COLLECTIONS.rollCalls, rollCalls], [COLLECTIONS.alerts, alerts], [COLLECTIONS.peerTalks, peers], [COLLECTIONS.keyCare, keyCare],
  ]
  for (const [coll, docs] of sets) await insertMany(db, coll, docs)
  return { stationId: S, headOpenid, docs: sets.reduce((n, [, d]) => n + d.length, 0) }
}
