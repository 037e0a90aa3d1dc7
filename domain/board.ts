/**
 * 周报看板的状态规则（看板、未报名单与提醒任务共用）。
 */
import type { BoardStatus } from '../types/domain'
import type { WeeklyReportStatus } from '../types/models-observations'

/** 看板状态：已退回 > 已阅 > 迟报 > 有关注 > 零报告；无报告为未报 */
export function boardStatusOf(r: { status: WeeklyReportStatus; onTime: boolean; hasConcern: boolean } | null): BoardStatus {
  if (!r) return 'missing'
  if (r.status === 'returned') return 'returned'
  if (r.status === 'reviewed') return 'reviewed'
  if (!r.onTime) return 'late'
  return r.hasConcern ? 'concern' : 'zero'
}
