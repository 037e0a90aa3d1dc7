/**
 * monthly.overview（中心）：某月各站月报状态 + 全校汇总（只有计数与比率，不含姓名）。
 * 汇总只计状态为“已提交”的站点，取其最新一次提交的快照。共 2 次数据库读取。
 */
import { emptyFigures, sumFigures, trendRows } from '../../domain/monthly'
import { CONCERN_CATEGORIES, LEVELS, MONTHLY_STATUSES, type ConcernCategory, type Level, type MonthlyStatus } from '../../types/domain'
import { type MonthlyOverviewView, type OverviewStationRow } from '../../types/api/reports'
import type { StationDoc } from '../../types/models'
import type { KeyFigures } from '../../types/models-reports'
import { COLLECTIONS } from '../_lib/collections'
import { defineAction } from '../_lib/handler'
import { reportsContract } from '../../types/api/reports.contract'
import { aggregateAll, getAll } from '../_lib/dbops'
import { assertMonthFinished } from './store'

interface OverviewRow {
  _id: string
  stationId: string
  status: MonthlyStatus
  version: number
  generatedAt?: Date
  submittedAt?: Date
  returnedAt?: Date
  figures?: KeyFigures
  previousFigures?: KeyFigures
  byCategory?: Record<ConcernCategory, number>
  byLevel?: Record<Level, number>
}

const iso = (d?: Date | null): string | null => (d ? new Date(d).toISOString() : null)

function addCounts<K extends string>(keys: readonly K[], rows: Array<Record<K, number> | undefined>): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, rows.reduce((n, r) => n + (r?.[k] ?? 0), 0)])) as Record<K, number>
}

export const monthlyOverview = defineAction(reportsContract['monthly.overview'], async ({ db, now }, input): Promise<MonthlyOverviewView> => {
    assertMonthFinished(input.month, now)
    const [stations, reports] = await Promise.all([
      getAll<Pick<StationDoc, '_id' | 'name'>>(db, COLLECTIONS.stations, {}, { field: { name: true } }),
      aggregateAll<OverviewRow>(db, COLLECTIONS.monthlyReports, [
        { $match: { month: input.month } },
        { $project: { stationId: 1, status: 1, version: 1, generatedAt: 1, submittedAt: 1, returnedAt: 1, latest: { $arrayElemAt: ['$versions', -1] } } },
        {
          $project: {
            stationId: 1, status: 1, version: 1, generatedAt: 1, submittedAt: 1, returnedAt: 1,
            figures: '$latest.snapshot.sections.figures',
            previousFigures: '$latest.snapshot.sections.previousFigures',
            byCategory: '$latest.snapshot.sections.concerns.byCategory',
            byLevel: '$latest.snapshot.sections.concerns.byLevel',
          },
        },
        { $sort: { _id: 1 } },
      ]),
    ])
    const byStation = new Map(reports.map((r) => [r.stationId, r]))
    const counts = Object.fromEntries(MONTHLY_STATUSES.map((s) => [s, 0])) as Record<MonthlyStatus, number>
    const rows: OverviewStationRow[] = [...stations]
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
      .map((st) => {
        const r = byStation.get(st._id)
        const status: MonthlyStatus = r?.status ?? 'none'
        counts[status]++
        return {
          stationId: st._id, stationName: st.name, status, version: r?.version ?? 0,
          generatedAt: iso(r?.generatedAt), submittedAt: iso(r?.submittedAt), returnedAt: iso(r?.returnedAt),
        }
      })
    const stationIds = new Set(stations.map((s) => s._id))
    const included = reports.filter((r) => r.status === 'submitted' && r.figures && stationIds.has(r.stationId))
    const figures = included.length ? sumFigures(included.map((r) => r.figures as KeyFigures)) : emptyFigures()
    const previousFigures = included.length ? sumFigures(included.map((r) => r.previousFigures ?? emptyFigures())) : emptyFigures()
    return {
      month: input.month,
      counts,
      stations: rows,
      summary: {
        stationsIncluded: included.length,
        figures,
        previousFigures,
        trend: trendRows(figures, previousFigures),
        byCategory: addCounts(CONCERN_CATEGORIES, included.map((r) => r.byCategory)),
        byLevel: addCounts(LEVELS, included.map((r) => r.byLevel)),
      },
    }
  })
