/**
 * 月报的工作台账节：本月已结束的培训与到场、开展的活动按类型、深入宿舍覆盖（按辅导员）、研判会。
 * 培训按培训日期在本月且在生成时刻已结束；活动按活动日期在本月且已开展（或已总结）；走访、研判会按日期。
 */
import { ACTIVITY_TYPES, CASE_DECISIONS, type ActivityStage, type ActivityType, type CaseDecision } from '../../types/models-ledger'
import type { LedgerMonthSection } from '../../types/models-reports'
import { visitCoverageRows, type CoverageCounselor } from '../ledger/visits'
import { dateInPeriod, ratio, zeroCounts, type MonthPeriod } from './period'

export interface LedgerInput {
  trainings: Array<{ date: string; title: string; hours: number; endsAt: Date; expectedIds: string[]; presentIds: string[]; absentIds: string[] }>
  activities: Array<{ type: ActivityType; stage: ActivityStage; date: string }>
  counselors: CoverageCounselor[]
  dormNames: Record<string, string>
  visits: Array<{ counselorId: string; dormId: string; date: string }>
  caseReviews: Array<{ date: string; decisions: CaseDecision[] }>
}

export function computeLedger(input: LedgerInput, p: MonthPeriod, generatedAt: Date): LedgerMonthSection {
  const trainings = input.trainings
    .filter((t) => dateInPeriod(p, t.date) && new Date(t.endsAt).getTime() <= generatedAt.getTime())
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'zh'))
  const rows = trainings.map((t) => {
    const expected = new Set(t.expectedIds)
    return {
      date: t.date, title: t.title, hours: t.hours, expected: expected.size,
      present: t.presentIds.filter((id) => expected.has(id)).length,
      absent: t.absentIds.filter((id) => expected.has(id)).length,
    }
  })
  const expected = rows.reduce((n, r) => n + r.expected, 0)
  const present = rows.reduce((n, r) => n + r.present, 0)

  const held = input.activities.filter((a) => a.stage !== 'planned' && dateInPeriod(p, a.date))
  const byType = zeroCounts(ACTIVITY_TYPES) as Record<ActivityType, number>
  for (const a of held) byType[a.type]++

  const visits = input.visits.filter((v) => dateInPeriod(p, v.date))
  const coverage = visitCoverageRows(input.counselors, new Map(Object.entries(input.dormNames)), visits)

  const reviews = input.caseReviews.filter((r) => dateInPeriod(p, r.date))
  const byDecision = zeroCounts(CASE_DECISIONS) as Record<CaseDecision, number>
  for (const r of reviews) for (const d of r.decisions) byDecision[d]++

  return {
    trainings: { held: rows.length, expected, present, absent: rows.reduce((n, r) => n + r.absent, 0), attendanceRate: ratio(present, expected), rows },
    activities: { held: held.length, byType },
    visits: {
      visits: visits.length,
      assigned: coverage.reduce((n, r) => n + r.assigned, 0),
      covered: coverage.reduce((n, r) => n + r.visited, 0),
      rows: coverage.map((r) => ({ name: r.name, assigned: r.assigned, visited: r.visited, notVisited: r.notVisited.map((d) => d.name) })),
    },
    caseReviews: { held: reviews.length, students: reviews.reduce((n, r) => n + r.decisions.length, 0), byDecision },
  }
}
