/**
 * 月报加载器：为一个站点、一个月（连同上月：上月数字与趋势由上月记录计算）读出聚合所需的记录。
 * 计数类数据在数据库端用聚合管道分组，明细只投影需要的字段；所有读取都分页，不假设一次能读全。
 * 互不依赖的查询并发发出。大站点（300 班、1500 宿舍）约 20 次数据库请求，见 docs/performance.md。
 */
import { addDays, previousMonth } from '../../../domain/calendar'
import type { FollowUpTalk } from '../../../domain/followup'
import type {
  AlertInput, CaseTalkInput, ClassRollCallsInput, ConcernInput, KeyCareInput, MonthInput, PeerTalkInput, TalkInput,
  TermInput, UnitInput, UnitReportsInput,
} from '../../../domain/monthly'
import { monthPeriod } from '../../../domain/monthly'
import type { ConcernCategory, Level, ReportKind } from '../../../types/domain'
import { COLLECTIONS } from '../collections'
import type { Database } from '../sdk'
import { listTerms } from '../term'
import { loadLedgerInput } from './load-ledger'
import { aggregateAll, getAll } from '../dbops'

type WeekSel = Array<{ termId: string; week: { $in: number[] } }>

/** 两个月的应报周，按学期分组成 $or 条件 */
function weekSelector(terms: TermInput[], months: string[]): WeekSel {
  const byTerm = new Map<string, Set<number>>()
  for (const m of months) {
    for (const w of monthPeriod(terms, m).weeks) {
      if (!byTerm.has(w.termId)) byTerm.set(w.termId, new Set())
      byTerm.get(w.termId)!.add(w.week)
    }
  }
  return [...byTerm].map(([termId, weeks]) => ({ termId, week: { $in: [...weeks].sort((a, b) => a - b) } }))
}

type GroupedUnit = { _id: { k: ReportKind; u: string }; r: UnitReportsInput['reports'] }
type GroupedCalls = { _id: string; calls: ClassRollCallsInput['calls'] }

interface ConcernReportRow {
  _id: string
  kind: ReportKind
  termId: string
  week: number
  firstSubmittedAt: Date
  concerns: Array<{ studentId: string; categories: ConcernCategory[]; level: Level }>
}

/** sel：两个月的应报周（报送、晚点名、关注条目；上月条目也用于判断“持续关注”） */
async function loadWeekly(db: Database, stationId: string, sel: WeekSel) {
  const match = { $match: { stationId, $or: sel } }
  const none = Promise.resolve([])
  const [grouped, reports, calls] = await Promise.all([
    sel.length === 0 ? none : aggregateAll<{ _id: { k: ReportKind; u: string }; r: UnitReportsInput['reports'] }>(db, COLLECTIONS.weeklyReports, [
      match,
      { $group: { _id: { k: '$kind', u: '$unitId' }, r: { $push: { termId: '$termId', week: '$week', onTime: '$onTime', zero: { $not: ['$hasConcern'] } } } } },
      { $sort: { _id: 1 } },
    ]),
    sel.length === 0 ? none : getAll<ConcernReportRow>(db, COLLECTIONS.weeklyReports, { stationId, hasConcern: true, $or: sel }, { field: {
      kind: true, termId: true, week: true, firstSubmittedAt: true,
      'concerns.studentId': true, 'concerns.categories': true, 'concerns.level': true,
    } }),
    sel.length === 0 ? none : aggregateAll<GroupedCalls>(db, COLLECTIONS.rollCalls, [
      match,
      { $group: { _id: '$classId', calls: { $push: { termId: '$termId', week: '$week', status: '$status', expected: '$expected', present: '$present', reasons: '$absences.reason' } } } },
      { $sort: { _id: 1 } },
    ]),
  ])
  const concerns: ConcernInput[] = []
  for (const r of reports as ConcernReportRow[]) {
    for (const c of r.concerns ?? []) {
      concerns.push({
        reportId: r._id, kind: r.kind, termId: r.termId, week: r.week, flaggedAt: new Date(r.firstSubmittedAt),
        studentId: c.studentId, categories: c.categories ?? [], level: c.level,
      })
    }
  }
  return {
    weekly: (grouped as GroupedUnit[]).map((g) => ({ kind: g._id.k, unitId: g._id.u, reports: g.r })),
    concerns,
    rollCalls: (calls as GroupedCalls[]).map((c) => ({ classId: c._id, calls: c.calls.map((x) => ({ ...x, reasons: x.reasons ?? [] })) })),
  }
}

/** 个别情况描述所需：在库学生的本月谈话详情与学号；以及他们填了“下次跟进”的谈话（月末之前记录的） */
async function loadCaseDetails(db: Database, stationId: string, studentIds: string[], first: string, last: string, end: Date) {
  const caseTalks: CaseTalkInput[] = []
  const studentNos: Record<string, string> = {}
  const followUps = new Map<string, FollowUpTalk[]>()
  for (let i = 0; i < studentIds.length; i += 500) {
    const chunk = studentIds.slice(i, i + 500)
    const [talks, students, follow] = await Promise.all([
      getAll<CaseTalkInput>(db, COLLECTIONS.talks, { stationId, studentId: { $in: chunk }, date: { $gte: first, $lte: last } }, { field: {
        studentId: true, date: true, level: true, summary: true, measures: true,
      } }),
      getAll<{ _id: string; studentNo: string }>(db, COLLECTIONS.students, { _id: { $in: chunk } }, { field: { studentNo: true } }),
      getAll<{ studentId: string; followUpDate: string; createdAt: Date }>(db, COLLECTIONS.talks, {
        stationId, studentId: { $in: chunk }, followUpDate: { $exists: true }, createdAt: { $lt: end },
      }, { field: { studentId: true, followUpDate: true, createdAt: true } }),
    ])
    caseTalks.push(...talks)
    for (const s of students) studentNos[s._id] = s.studentNo
    for (const t of follow) followUps.set(t.studentId, [...(followUps.get(t.studentId) ?? []), { followUpDate: t.followUpDate, createdAt: new Date(t.createdAt) }])
  }
  return { caseTalks, studentNos, followUps }
}

export async function loadMonthInput(db: Database, stationId: string, month: string, now: Date): Promise<MonthInput> {
  const prevMonth = previousMonth(month)
  const cur = monthPeriod([], month)
  const prev = monthPeriod([], prevMonth)
  // 与时间窗无关的读取先发出
  const termsP = listTerms(db, stationId).then((ts) => ts.map((t) => ({
    _id: t._id, name: t.name, startDate: t.startDate, weeks: t.weeks, weeksOff: t.weeksOff ?? [],
    deadlineWeekday: t.deadlineWeekday || 7, deadlineTime: t.deadlineTime || '22:00',
  }) as TermInput))
  const classesP = getAll<UnitInput>(db, COLLECTIONS.classes, { stationId }, { field: { name: true } })
  const dormsP = getAll<UnitInput>(db, COLLECTIONS.dorms, { stationId }, { field: { name: true } })
  const keyCareP = getAll<KeyCareInput>(db, COLLECTIONS.keyCare, {
    stationId, $or: [{ status: { $ne: 'closed' } }, { closedAt: { $gte: prev.start } }],
  }, { field: {
    studentId: true, studentName: true, classId: true, level: true, categories: true, enteredAt: true, source: true,
    nextFollowUp: true, status: true, referral: true, closeReason: true, closedAt: true, history: true,
  } })
  const caseP = keyCareP.then((entries) => {
    const ids = [...new Set(entries.filter((e) => e.enteredAt <= cur.last).map((e) => e.studentId))].sort()
    return loadCaseDetails(db, stationId, ids, cur.first, cur.last, cur.end)
  })
  // 上月数字与趋势总由上月记录计算（同一口径），所以两个月的记录都读
  const terms = await termsP
  const [classes, dorms, alerts, keyCare, talks, peer, cases, weekly, ledger] = await Promise.all([
    classesP,
    dormsP,
    getAll<AlertInput>(db, COLLECTIONS.alerts, { stationId, createdAt: { $gte: prev.start, $lt: cur.end } }, { field: {
      source: true, createdAt: true, ackDeadline: true, ackedAt: true, escalatedAt: true,
    } }),
    keyCareP,
    // 7 日覆盖需要本月末之后 7 天内的谈话
    getAll<TalkInput>(db, COLLECTIONS.talks, { stationId, date: { $gte: prev.first, $lte: addDays(cur.last, 7) } }, { field: {
      studentId: true, authorId: true, authorName: true, date: true, type: true, referred: true,
    } }),
    aggregateAll<{ _id: { k: ReportKind; u: string; m: string; s: PeerTalkInput['status'] }; n: number }>(db, COLLECTIONS.peerTalks, [
      { $match: { stationId, date: { $gte: prev.first, $lte: cur.last } } },
      { $group: { _id: { k: '$kind', u: '$unitId', m: { $substr: ['$date', 0, 7] }, s: '$status' }, n: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ]),
    caseP,
    loadWeekly(db, stationId, weekSelector(terms, [prevMonth, month])),
    loadLedgerInput(db, stationId, month, now),
  ])
  return {
    month,
    generatedAt: now,
    terms,
    classes,
    dorms,
    ...weekly,
    alerts,
    keyCare: keyCare.map((e) => ({ ...e, history: e.history ?? [], followUps: cases.followUps.get(e.studentId) ?? [] })),
    talks,
    caseTalks: cases.caseTalks,
    peerTalks: peer.map((p) => ({ kind: p._id.k, unitId: p._id.u, month: p._id.m, status: p._id.s, count: p.n })),
    studentNos: cases.studentNos,
    ledger,
  }
}
