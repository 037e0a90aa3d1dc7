/**
 * 一个站点一个学年的记录 → 考核指标的输入（BinderInput），再由 domain/assessment 的 computeIndicators 算出数字。
 * 工作总结用它（考核手册今后可用同一个加载器）。台账 I 的培训与活动集合合入前为空。
 */
import { addDays, schoolYearDates, schoolYearMonths, shanghaiDate, shanghaiInstant } from '../../domain/calendar'
import { tableForYear } from '../../domain/assessment'
import { computeIndicators } from '../../domain/assessment/indicators'
import type { BinderInput, Indicators } from '../../domain/assessment'
import type { SummaryCounts } from '../../domain/station/summary'
import { screeningRates } from '../../domain/station/screening'
import type { RoleAssignmentDoc, TermDoc } from '../../types/models'
import type { PeerTalkDoc, TalkDoc } from '../../types/models-counseling'
import type { AlertDoc, WeeklyReportDoc } from '../../types/models-observations'
import type { MonthlyReportDoc } from '../../types/models-reports'
import type { HandoverDoc, ScreeningParticipantDoc, ScreeningRoundDoc, StaffProfileDoc, WorkPlanDoc, WorkSummaryDoc } from '../../types/models-station'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, getById } from '../_lib/dbops'
import type { Database } from '../_lib/sdk'

const where = (db: Database, collection: string, w: Record<string, unknown>, field?: Record<string, boolean>) => {
  const q = db.collection(collection).where(w)
  return field ? q.field(field) : q
}

export interface YearRecords {
  indicators: Indicators
  counts: SummaryCounts
}

export async function loadYearRecords(db: Database, stationId: string, schoolYear: string, asOf: Date): Promise<YearRecords> {
  const { first, last } = schoolYearDates(schoolYear)
  const from = shanghaiInstant(first)
  const to = shanghaiInstant(addDays(last, 1))
  const inYear = { $gte: from, $lt: to }
  const months = schoolYearMonths(schoolYear)
  const allTerms = await fetchAll<TermDoc>(where(db, COLLECTIONS.terms, { stationId }))
  const terms = allTerms.filter((t) => t.startDate >= first && t.startDate <= last)
  const termIds = terms.map((t) => t._id)
  const [weekly, alerts, talks, peerTalks, monthly, rounds, staff, ended, handovers, plan, summary] = await Promise.all([
    termIds.length ? fetchAll<Pick<WeeklyReportDoc, 'concerns'>>(where(db, COLLECTIONS.weeklyReports, { stationId, termId: { $in: termIds } }, { concerns: true })) : [],
    fetchAll<AlertDoc>(where(db, COLLECTIONS.alerts, { stationId, createdAt: inYear }, { createdAt: true, ackDeadline: true, ackedAt: true })),
    fetchAll<Pick<TalkDoc, 'date'>>(where(db, COLLECTIONS.talks, { stationId, date: { $gte: first, $lte: last } }, { date: true })),
    fetchAll<Pick<PeerTalkDoc, 'date' | 'status'>>(where(db, COLLECTIONS.peerTalks, { stationId, date: { $gte: first, $lte: last } }, { date: true, status: true })),
    fetchAll<Pick<MonthlyReportDoc, 'month' | 'versions'>>(where(db, COLLECTIONS.monthlyReports, { stationId, month: { $in: months } }, { month: true, versions: true })),
    fetchAll<ScreeningRoundDoc>(where(db, COLLECTIONS.screeningRounds, { stationId, startDate: { $gte: first, $lte: last } })),
    fetchAll<StaffProfileDoc>(where(db, COLLECTIONS.staffProfiles, { stationId })),
    fetchAll<RoleAssignmentDoc>(where(db, COLLECTIONS.roleAssignments, { stationId, role: { $in: ['counselor', 'head'] }, endedAt: inYear })),
    fetchAll<Pick<HandoverDoc, 'fromAssignmentId'>>(where(db, COLLECTIONS.handovers, { stationId }, { fromAssignmentId: true })),
    getById<WorkPlanDoc>(db, COLLECTIONS.workPlans, `${stationId}:${schoolYear}`),
    getById<WorkSummaryDoc>(db, COLLECTIONS.workSummaries, `${stationId}:${schoolYear}`),
  ])
  const screenings = []
  for (const r of rounds) {
    const list = await fetchAll<ScreeningParticipantDoc>(where(db, COLLECTIONS.screeningParticipants, { roundId: r._id }))
    const { round } = screeningRates(list)
    screenings.push({ id: r._id, name: r.name, date: r.startDate, eligible: round.eligible, participated: round.participated, gapsWithReason: round.withReason })
  }
  const handedOver = new Set(handovers.map((h) => h.fromAssignmentId))
  const firstSubmitted = (m: Pick<MonthlyReportDoc, 'versions'>) => (m.versions?.[0]?.submittedAt ? new Date(m.versions[0].submittedAt) : null)
  const input: BinderInput = {
    schoolYear,
    asOf,
    terms: terms.map((t) => ({ id: t._id, name: t.name, startDate: t.startDate, weeks: t.weeks, weeksOff: t.weeksOff, deadlineWeekday: t.deadlineWeekday, deadlineTime: t.deadlineTime })),
    screenings,
    monthlyReports: monthly.map((m) => ({ month: m.month, submittedAt: firstSubmitted(m) })),
    alerts: alerts.map((a) => ({ id: a._id, createdAt: new Date(a.createdAt), ackDeadline: new Date(a.ackDeadline), ackedAt: a.ackedAt ? new Date(a.ackedAt) : null })),
    followUps: [],
    classes: [],
    dorms: [],
    trainings: [],
    staff: staff.filter((s) => s.personId).map((s) => ({ personId: s.personId!, name: s.name, role: s.kind, qualification: s.qualification.kind === 'none' ? null : s.qualification.kind })),
    staffTrainings: staff.filter((s) => s.personId).flatMap((s) => s.trainings.map((t) => ({ personId: s.personId!, date: t.date, hours: t.hours }))),
    activities: [],
    talks: talks.map((t) => ({ date: t.date })),
    peerTalks: peerTalks.map((p) => ({ date: p.date, status: p.status })),
    plan: { submittedAt: plan?.submittedAt ? new Date(plan.submittedAt) : null },
    summary: { submittedAt: summary?.versions?.[0]?.submittedAt ? new Date(summary.versions[0].submittedAt) : null },
    roleEnds: ended.map((a) => ({ personId: a.personId, name: '', endedOn: shanghaiDate(new Date(a.endedAt!)), handedOver: handedOver.has(a._id) })),
    documents: [],
  }
  const indicators = computeIndicators(input, tableForYear(schoolYear).params)
  const counts: SummaryCounts = {
    weeklyReports: weekly.length,
    concerns: weekly.reduce((n, w) => n + (w.concerns?.length ?? 0), 0),
    trainings: 0,
    activities: 0,
  }
  return { indicators, counts }
}
