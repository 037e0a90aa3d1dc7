/**
 * 工作总结的全年数字：指标与考核手册同一个加载器（_lib/binder-input.ts）和同一套计算（domain/assessment），
 * 另加周报与关注条目、培训与活动的件数。
 */
import { tableForYear } from '../../domain/assessment'
import { computeIndicators } from '../../domain/assessment/indicators'
import type { Indicators } from '../../domain/assessment'
import type { SummaryCounts } from '../../domain/station/summary'
import type { TermDoc } from '../../types/models'
import type { WeeklyReportDoc } from '../../types/models-observations'
import { loadBinderInput } from '../_lib/binder-input'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll } from '../_lib/dbops'
import type { Database } from '../_lib/sdk'
import { schoolYearDates } from '../../domain/calendar'

export interface YearRecords {
  indicators: Indicators
  counts: SummaryCounts
}

export async function loadYearRecords(db: Database, stationId: string, schoolYear: string, asOf: Date): Promise<YearRecords> {
  const { first, last } = schoolYearDates(schoolYear)
  const [input, terms] = await Promise.all([
    loadBinderInput(db, stationId, schoolYear, asOf),
    fetchAll<Pick<TermDoc, '_id' | 'startDate'>>(db.collection(COLLECTIONS.terms).where({ stationId }).field({ startDate: true })),
  ])
  const termIds = terms.filter((t) => t.startDate >= first && t.startDate <= last).map((t) => t._id)
  const weekly = termIds.length
    ? await fetchAll<Pick<WeeklyReportDoc, 'concerns'>>(db.collection(COLLECTIONS.weeklyReports).where({ stationId, termId: db.command.in(termIds) }).field({ concerns: true }))
    : []
  const indicators = computeIndicators(input, tableForYear(schoolYear).params)
  const counts: SummaryCounts = {
    weeklyReports: weekly.length,
    concerns: weekly.reduce((n, w) => n + (w.concerns?.length ?? 0), 0),
    trainings: input.trainings.length,
    activities: input.activities.filter((a) => a.held).length,
  }
  return { indicators, counts }
}
