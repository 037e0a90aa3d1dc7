/**
 * workbench（校心理中心首页）：上月未提交月报的辅导站、等待中心反馈的转介个案。只有计数与站名，不含学生。
 * 3 次数据库读取。
 */
import { previousMonth, shanghaiMonth } from '../../domain/calendar'
import { type CenterWorkbench } from '../../types/api/workbench'
import type { StationDoc } from '../../types/models'
import type { MonthlyReportDoc } from '../../types/models-reports'
import { CENTER_CASE_WHERE } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, unwrap } from '../_lib/dbops'
import { defineAction } from '../_lib/handler'
import { reportsContract } from '../../types/api/reports.contract'
import { unreadSummary } from '../_lib/reach'

export const workbench = defineAction(reportsContract['workbench'], async ({ db, caller, now }): Promise<CenterWorkbench> => {
    const _ = db.command
    const month = previousMonth(shanghaiMonth(now))
    const [stations, reports, awaiting, inbox] = await Promise.all([
      fetchAll<StationDoc>(db.collection(COLLECTIONS.stations).where({}).orderBy('name', 'asc').field({ name: true }) as never, 500),
      fetchAll<Pick<MonthlyReportDoc, 'stationId' | 'status'>>(db.collection(COLLECTIONS.monthlyReports).where({ month }).field({ stationId: true, status: true }) as never, 500),
      db.collection(COLLECTIONS.keyCare).where({ ...CENTER_CASE_WHERE, status: _.neq('closed'), 'centerFeedback.0': _.exists(false) }).count(),
      unreadSummary(db, caller.person._id),
    ])
    const status = new Map(reports.map((r) => [r.stationId, r.status]))
    return {
      role: 'center',
      now: now.toISOString(),
      month,
      stationsMissing: stations
        .filter((s) => status.get(s._id) !== 'submitted')
        .map((s) => ({ stationId: s._id, name: s.name, status: status.get(s._id) ?? 'none' })),
      stationsTotal: stations.length,
      referralsAwaitingFeedback: (unwrap(awaiting) as { total?: number }).total ?? 0,
      ...inbox,
    }
  })
