/**
 * draftMonthly：每月 1 日 02:00 起（北京时间，02:00–02:55 每 5 分钟一次）为每个站点起草上月月报。
 *
 * - 幂等：_id 按站点+月份确定，重复触发、补跑只原地更新草稿，不会有第二份；已提交、已退回的不动。
 * - 时间预算：一次调用只在前 BUDGET_MS 内开始新的站点（jobs 函数超时 60 s），没轮到的留给 5 分钟后的下一次触发；
 *   定时任务 30 分钟内刚起草过的站点跳过（因此重复触发几乎不花时间），之后再补跑则会用新数据更新草稿。
 * - 站点之间并发 4 个；单站失败（如网络抖动）在预算内重试一次，不影响其他站。
 *
 * draftMonthlyCatchUp：其余时间每 5 分钟一次，只为还没有上月月报的站点起草（onlyMissing）：
 * 错过了 1 日凌晨的窗口（服务器当时没运行、触发器没来）也会在之后任何一天的下一次运行补上；
 * 已有的月报（草稿、已提交、已退回）一概不动，所以重复运行什么也不做。
 */
import { previousMonth, shanghaiMonth } from '../../../domain/calendar'
import type { StationDoc } from '../../../types/models'
import type { MonthlyReportDoc } from '../../../types/models-reports'
import { COLLECTIONS } from '../collections'
import type { Database } from '../sdk'
import { generateReport } from './generate'
import { aggregateAll, getAll } from '../dbops'

export const DRAFT_MONTHLY_CRON = '0 */5 2 1 * *'
/** 补起草：每 5 分钟（任何一天）检查一次上月月报是否缺失 */
export const DRAFT_MONTHLY_CATCH_UP_CRON = '0 */5 * * * *'
const CONCURRENCY = 4
/** 一次调用内开始新站点的时间预算（jobs 函数超时 60 s，留出在途站点收尾的时间） */
export const BUDGET_MS = 40_000
/** 定时任务在这段时间内起草过的站点视为已完成 */
export const FRESH_MS = 30 * 60_000

export interface DraftMonthlyResult {
  month: string
  stations: number
  created: number
  updated: number
  /** 已提交或已退回：不动（补起草时：已有月报的站点，不论状态） */
  skipped: number
  /** 30 分钟内刚由定时任务起草过 */
  fresh: number
  /** 超出本次时间预算，留给下一次触发 */
  deferred: number
  failed: number
}

type Existing = Pick<MonthlyReportDoc, 'stationId' | 'status' | 'generatedAt' | 'generatedBy'>

export async function draftMonthly(
  { db, now }: { db: Database; now: Date },
  opts: { budgetMs?: number; onlyMissing?: boolean } = {},
): Promise<DraftMonthlyResult> {
  const started = Date.now()
  const budget = opts.budgetMs ?? BUDGET_MS
  const month = previousMonth(shanghaiMonth(now))
  const [stations, existing] = await Promise.all([
    getAll<Pick<StationDoc, '_id'>>(db, COLLECTIONS.stations, {}, { field: { _id: true } }),
    aggregateAll<Existing>(db, COLLECTIONS.monthlyReports, [
      { $match: { month } },
      { $project: { stationId: 1, status: 1, generatedAt: 1, generatedBy: 1 } },
      { $sort: { _id: 1 } },
    ]),
  ])
  const byStation = new Map(existing.map((e) => [e.stationId, e]))
  const result: DraftMonthlyResult = { month, stations: stations.length, created: 0, updated: 0, skipped: 0, fresh: 0, deferred: 0, failed: 0 }
  const queue: string[] = []
  for (const st of stations) {
    const e = byStation.get(st._id)
    if (e && (opts.onlyMissing || e.status !== 'draft')) result.skipped++
    else if (e && e.generatedBy === 'system' && now.getTime() - new Date(e.generatedAt).getTime() < FRESH_MS) result.fresh++
    else queue.push(st._id)
  }
  const retry: string[] = []
  const run = async (list: string[], last: boolean) => {
    let next = 0
    const worker = async () => {
      while (next < list.length) {
        if (Date.now() - started > budget) return
        const stationId = list[next++]
        try {
          const { outcome } = await generateReport(db, stationId, month, now, 'system', 'job')
          result[outcome]++
        } catch (err) {
          if (last) {
            result.failed++
            console.error(`[xinqiao] draftMonthly ${stationId} ${month} failed`, err)
          } else retry.push(stationId)
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, list.length) }, worker))
    return Math.max(0, list.length - next)
  }
  result.deferred += await run(queue, false)
  result.deferred += await run(retry, true)
  return result
}

/** 补起草上月缺失的月报（见文件头）：不刷新、不碰任何已有的月报 */
export function draftMissingMonthly(ctx: { db: Database; now: Date }): Promise<DraftMonthlyResult> {
  return draftMonthly(ctx, { onlyMissing: true })
}
