/**
 * 考核手册的加载器：一个站点、一个学年的记录 → BinderInput（domain/assessment 由它计算指标、建议分、缺失材料）。
 * 读取全部按站点与学年过滤、只投影需要的字段、分页；计数类（普测名单、朋辈谈心）在数据库端聚合；
 * 互不依赖的查询并发发出，不按班级或宿舍逐个读取。口径见 docs/assessment.md。
 */
import { assessYear, tableForYear, type YearAssessment } from '../../domain/assessment'
import type { ActivityKind, BinderInput } from '../../domain/assessment/indicators'
import type { ServiceInterval } from '../../domain/assessment/measures'
import { addDays, schoolYearDates, schoolYearMonths, shanghaiDate, shanghaiInstant } from '../../domain/calendar'
import type { AssessmentTableVersion } from '../../types/assessment'
import type { BinderSlotDoc, CadreRole, StaffRole } from '../../types/models-assessment'
import type { ClassDoc, DormDoc, PersonDoc, RoleAssignmentDoc, TermDoc } from '../../types/models'
import type { KeyCareDoc, PeerTalkDoc, TalkDoc } from '../../types/models-counseling'
import type { ActivityDoc, ActivityType, TrainingAttendanceDoc, TrainingDoc } from '../../types/models-ledger'
import type { AlertDoc } from '../../types/models-observations'
import type { MonthlyReportDoc } from '../../types/models-reports'
import type { HandoverDoc, ScreeningRoundDoc, StaffProfileDoc, WorkPlanDoc, WorkSummaryDoc } from '../../types/models-station'
import { COLLECTIONS } from './collections'
import { aggregateAll, getAll, getById, getByIds } from './dbops'
import type { Database } from './sdk'

/** 证明材料栏的内容（手册文档里按栏保存） */
export interface SlotContent {
  note?: string
  fileIds?: string[]
}

const ACTIVITY_KIND: Record<ActivityType, ActivityKind> = {
  theme: 'theme', group_counseling: 'group_counseling',
  lecture: 'special', class_meeting: 'special', behavior_training: 'special', other: 'special',
}

const interval = (a: Pick<RoleAssignmentDoc, 'termStart' | 'termEnd' | 'endedAt'>): ServiceInterval => {
  const ends = [a.termEnd, a.endedAt].filter((d): d is Date => !!d).map((d) => new Date(d).getTime())
  return { from: new Date(a.termStart), to: ends.length ? new Date(Math.min(...ends)) : null }
}

/** 重点关注学生的随访：每次谈话填的“下次跟进”为一次应随访；该生此后的第一次谈话为随访（不晚于应随访日为按时） */
export function followUpsOf(keyCare: Array<Pick<KeyCareDoc, '_id' | 'studentId' | 'studentName'>>, talks: Array<Pick<TalkDoc, 'studentId' | 'date' | 'followUpDate'>>): BinderInput['followUps'] {
  const byStudent = new Map<string, Array<Pick<TalkDoc, 'date' | 'followUpDate'>>>()
  for (const t of talks) byStudent.set(t.studentId, [...(byStudent.get(t.studentId) ?? []), t])
  const out: BinderInput['followUps'] = []
  for (const k of keyCare) {
    const list = [...(byStudent.get(k.studentId) ?? [])].sort((a, b) => a.date.localeCompare(b.date))
    list.forEach((t, i) => {
      if (!t.followUpDate) return
      const next = list.slice(i + 1).find((x) => x.date > t.date)
      out.push({ keyCareId: k._id, studentName: k.studentName, dueDate: t.followUpDate, doneDate: next?.date ?? null })
    })
  }
  return out
}

type ScreeningRow = { _id: string; eligible: number; participated: number; withReason: number }
type PeerRow = { _id: { d: string; s: PeerTalkDoc['status'] }; n: number }

export async function loadBinderInput(db: Database, stationId: string, schoolYear: string, asOf: Date, documents: Record<string, SlotContent> = {}): Promise<BinderInput> {
  const { first, last } = schoolYearDates(schoolYear)
  const inYear = { $gte: shanghaiInstant(first), $lt: shanghaiInstant(addDays(last, 1)) }
  const dates = { $gte: first, $lte: last }
  const [terms, classes, dorms, cadres, alerts, talks, peer, monthly, rounds, keyCare, staff, ended, trainings, activities, plan, summary] = await Promise.all([
    getAll<TermDoc>(db, COLLECTIONS.terms, { stationId, startDate: dates }),
    getAll<Pick<ClassDoc, '_id' | 'name' | 'grade'>>(db, COLLECTIONS.classes, { stationId }, { field: { name: true, grade: true } }),
    getAll<Pick<DormDoc, '_id' | 'name'>>(db, COLLECTIONS.dorms, { stationId }, { field: { name: true } }),
    getAll<RoleAssignmentDoc>(db, COLLECTIONS.roleAssignments, { stationId, role: { $in: ['committee', 'observer'] } }, { field: {
      role: true, classId: true, dormId: true, termStart: true, termEnd: true, endedAt: true,
    } }),
    getAll<AlertDoc>(db, COLLECTIONS.alerts, { stationId, createdAt: inYear }, { field: { createdAt: true, ackDeadline: true, ackedAt: true } }),
    aggregateAll<{ _id: string; n: number }>(db, COLLECTIONS.talks, [
      { $match: { stationId, date: dates } },
      { $group: { _id: '$date', n: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ]),
    aggregateAll<PeerRow>(db, COLLECTIONS.peerTalks, [
      { $match: { stationId, date: dates } },
      { $group: { _id: { d: '$date', s: '$status' }, n: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ]),
    getAll<Pick<MonthlyReportDoc, 'month' | 'versions'>>(db, COLLECTIONS.monthlyReports, { stationId, month: { $in: schoolYearMonths(schoolYear) } }, { field: { month: true, 'versions.submittedAt': true } }),
    getAll<ScreeningRoundDoc>(db, COLLECTIONS.screeningRounds, { stationId, startDate: dates }, { field: { name: true, startDate: true } }),
    getAll<Pick<KeyCareDoc, '_id' | 'studentId' | 'studentName'>>(db, COLLECTIONS.keyCare, { stationId }, { field: { studentId: true, studentName: true } }),
    getAll<StaffProfileDoc>(db, COLLECTIONS.staffProfiles, { stationId }, { field: { personId: true, name: true, kind: true, qualification: true, trainings: true } }),
    getAll<RoleAssignmentDoc>(db, COLLECTIONS.roleAssignments, { stationId, role: { $in: ['counselor', 'head'] }, endedAt: inYear }, { field: { personId: true, endedAt: true } }),
    getAll<TrainingDoc>(db, COLLECTIONS.trainings, { stationId, date: dates }, { field: { title: true, date: true, hours: true, audience: true } }),
    getAll<ActivityDoc>(db, COLLECTIONS.activities, { stationId, date: dates }, { field: { type: true, title: true, date: true, stage: true } }),
    getById<WorkPlanDoc>(db, COLLECTIONS.workPlans, `${stationId}:${schoolYear}`),
    getById<WorkSummaryDoc>(db, COLLECTIONS.workSummaries, `${stationId}:${schoolYear}`),
  ])
  const staffIds = staff.map((s) => s.personId).filter((p): p is string => !!p)
  const staffTrainingIds = trainings.filter((t) => t.audience.kind === 'staff').map((t) => t._id)
  const keyCareIds = [...new Set(keyCare.map((k) => k.studentId))]
  const [screening, attendance, handovers, people, careTalks] = await Promise.all([
    rounds.length ? aggregateAll<ScreeningRow>(db, COLLECTIONS.screeningParticipants, [
      { $match: { stationId, roundId: { $in: rounds.map((r) => r._id) }, eligible: true } },
      {
        $group: {
          _id: '$roundId',
          eligible: { $sum: 1 },
          participated: { $sum: { $cond: [{ $or: ['$tookPart', '$madeUp'] }, 1, 0] } },
          withReason: { $sum: { $cond: [{ $and: [{ $not: [{ $or: ['$tookPart', '$madeUp'] }] }, { $ifNull: ['$reason', false] }] }, 1, 0] } },
        },
      },
      { $sort: { _id: 1 } },
    ]) : [],
    staffTrainingIds.length && staffIds.length
      ? getAll<Pick<TrainingAttendanceDoc, 'trainingId' | 'personId'>>(db, COLLECTIONS.trainingAttendance, { stationId, trainingId: { $in: staffTrainingIds }, status: 'present' }, { field: { trainingId: true, personId: true } })
      : [],
    ended.length ? getAll<Pick<HandoverDoc, 'fromAssignmentId'>>(db, COLLECTIONS.handovers, { stationId, fromAssignmentId: { $in: ended.map((e) => e._id) } }, { field: { fromAssignmentId: true } }) : [],
    ended.length ? getByIds<PersonDoc>(db, COLLECTIONS.people, ended.map((e) => e.personId)) : new Map<string, PersonDoc>(),
    // 随访只看重点关注学生的谈话（每批 500 人）
    Promise.all(Array.from({ length: Math.ceil(keyCareIds.length / 500) }, (_, i) => getAll<Pick<TalkDoc, 'studentId' | 'date' | 'followUpDate'>>(
      db, COLLECTIONS.talks, { stationId, studentId: { $in: keyCareIds.slice(i * 500, i * 500 + 500) }, date: dates }, { field: { studentId: true, date: true, followUpDate: true } },
    ))).then((xs) => xs.flat()),
  ])

  const committee = new Map<string, ServiceInterval[]>()
  const observer = new Map<string, ServiceInterval[]>()
  for (const a of cadres) {
    const [map, unit] = a.role === 'committee' ? [committee, a.classId] : [observer, a.dormId]
    if (unit) map.set(unit, [...(map.get(unit) ?? []), interval(a)])
  }
  const hoursOf = new Map(trainings.map((t) => [t._id, t]))
  const screeningOf = new Map(screening.map((r) => [r._id, r]))
  const handedOver = new Set(handovers.map((h) => h.fromAssignmentId))
  const peerTalks: BinderInput['peerTalks'] = peer.flatMap((r) => Array.from({ length: r.n }, () => ({ date: r._id.d, status: r._id.s })))
  return {
    schoolYear,
    asOf,
    terms: terms.map((t) => ({
      id: t._id, name: t.name, startDate: t.startDate, weeks: t.weeks, weeksOff: t.weeksOff ?? [],
      deadlineWeekday: t.deadlineWeekday || 7, deadlineTime: t.deadlineTime || '22:00',
    })),
    screenings: rounds.map((r) => {
      const s = screeningOf.get(r._id)
      return { id: r._id, name: r.name, date: r.startDate, eligible: s?.eligible ?? 0, participated: s?.participated ?? 0, gapsWithReason: s?.withReason ?? 0 }
    }),
    monthlyReports: monthly.map((m) => ({ month: m.month, submittedAt: m.versions?.[0]?.submittedAt ? new Date(m.versions[0].submittedAt) : null })),
    alerts: alerts.map((a) => ({ id: a._id, createdAt: new Date(a.createdAt), ackDeadline: new Date(a.ackDeadline), ackedAt: a.ackedAt ? new Date(a.ackedAt) : null })),
    followUps: followUpsOf(keyCare, careTalks),
    classes: classes.map((c) => ({ id: c._id, name: c.name, grade: c.grade, committee: committee.get(c._id) ?? [] })),
    dorms: dorms.map((d) => ({ id: d._id, name: d.name, observer: observer.get(d._id) ?? [] })),
    trainings: trainings.flatMap((t) => (t.audience.kind === 'cadres'
      ? [{ id: t._id, title: t.title, date: t.date, roles: t.audience.roles as CadreRole[], grades: t.audience.grades }]
      : [])),
    staff: staff.filter((s) => s.personId).map((s) => ({
      personId: s.personId!, name: s.name, role: s.kind as StaffRole,
      qualification: s.qualification.kind === 'none' ? null : (s.qualification.name || s.qualification.kind),
    })),
    staffTrainings: [
      ...staff.filter((s) => s.personId).flatMap((s) => (s.trainings ?? []).map((t) => ({ personId: s.personId!, date: t.date, hours: t.hours }))),
      ...attendance.map((a) => ({ personId: a.personId, date: hoursOf.get(a.trainingId)!.date, hours: hoursOf.get(a.trainingId)!.hours })),
    ],
    activities: activities.map((a) => ({
      id: a._id, kind: ACTIVITY_KIND[a.type], title: a.title, date: a.date,
      held: a.stage !== 'planned', planned: true, summarised: a.stage === 'summarised',
    })),
    talks: talks.flatMap((r) => Array.from({ length: r.n }, () => ({ date: r._id }))),
    peerTalks,
    plan: { submittedAt: plan?.submittedAt ? new Date(plan.submittedAt) : null },
    summary: { submittedAt: summary?.versions?.[0]?.submittedAt ? new Date(summary.versions[0].submittedAt) : null },
    roleEnds: ended.map((a) => ({
      personId: a.personId, name: people.get(a.personId)?.name ?? '', endedOn: shanghaiDate(new Date(a.endedAt!)), handedOver: handedOver.has(a._id),
    })),
    documents: Object.entries(documents).map(([slot, c]) => ({ slot, files: c.fileIds?.length ?? 0, note: !!c.note?.trim() })),
  }
}

/** 中心为某学年发布的考核表调整（没有则用默认表） */
export async function tableOf(db: Database, schoolYear: string): Promise<AssessmentTableVersion> {
  const docs = await getAll<{ override: unknown }>(db, COLLECTIONS.assessmentTables, { schoolYear }, { field: { override: true } })
  return tableForYear(schoolYear, { overrides: docs.map((d) => d.override) })
}

/** 证明材料栏的键含 '.'，存为字段名时换成 '~' */
export const slotField = (slot: string): string => slot.replace(/\./g, '~')
export const decodeSlots = (docs: Record<string, BinderSlotDoc> | undefined): Record<string, BinderSlotDoc> =>
  Object.fromEntries(Object.entries(docs ?? {}).map(([k, v]) => [k.replace(/~/g, '.'), v]))

export interface StationAssessment extends YearAssessment {
  asOf: Date
  table: AssessmentTableVersion
}

/** 一个站点一个学年的实时评估；学年中还没有已开学的学期时为 null */
export async function assessStation(db: Database, stationId: string, schoolYear: string, asOf: Date, documents: Record<string, BinderSlotDoc>): Promise<StationAssessment | null> {
  const [table, input] = await Promise.all([tableOf(db, schoolYear), loadBinderInput(db, stationId, schoolYear, asOf, documents)])
  if (!input.terms.some((t) => t.startDate <= shanghaiDate(asOf))) return null
  return { asOf, table, ...assessYear(input, table) }
}
