/**
 * draftMonthly：每月 1 日 02:00（北京时间）为每个站点起草上月月报。
 * 幂等：_id 按站点+月份确定，重复触发或补跑只原地更新草稿；已提交、已退回的月报不动。
 * 站点之间并发 4 个；单站失败不影响其他站（计入 failed）。
 */
import { previousMonth, shanghaiMonth } from '../../domain/calendar'
import type { StationDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import type { Database } from '../_lib/sdk'
import { generateReport, type GenerateOutcome } from './generate'
import { getAll } from './paging'

export const DRAFT_MONTHLY_CRON = '0 0 2 1 * *'
const CONCURRENCY = 4

export interface DraftMonthlyResult {
  month: string
  stations: number
  created: number
  updated: number
  skipped: number
  failed: number
}

export async function draftMonthly({ db, now }: { db: Database; now: Date }): Promise<DraftMonthlyResult> {
  const month = previousMonth(shanghaiMonth(now))
  const stations = await getAll<Pick<StationDoc, '_id'>>(db, COLLECTIONS.stations, {}, { _id: true })
  const result: DraftMonthlyResult = { month, stations: stations.length, created: 0, updated: 0, skipped: 0, failed: 0 }
  let next = 0
  const worker = async () => {
    while (next < stations.length) {
      const st = stations[next++]
      try {
        const { outcome } = await generateReport(db, st._id, month, now, 'system', 'job')
        result[outcome as GenerateOutcome]++
      } catch (err) {
        result.failed++
        console.error(`[xinqiao] draftMonthly ${st._id} ${month} failed`, err)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, stations.length) }, worker))
  return result
}
