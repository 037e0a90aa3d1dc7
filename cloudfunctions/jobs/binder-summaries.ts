/**
 * refreshBinderSummaries：每天为每个站点重算一次本学年考核手册的工作稿摘要（站长首页的“考核手册缺失材料”，
 * _lib/binder-summary.ts）。每小时第 41 分检查：今天（北京时间）还没算过的站点才算，已提交的手册跳过；
 * 一次调用只在前 BUDGET_MS 内开始新的站点（jobs 函数超时 60 s），没轮到的留给下一小时。重复运行无害。
 */
import { schoolYearOf, shanghaiDate } from '../../domain/calendar'
import type { BinderDoc } from '../../types/models-assessment'
import type { StationDoc } from '../../types/models'
import { assessStation, decodeSlots } from '../_lib/binder-input'
import { binderId, storeBinderSummary, summaryOf } from '../_lib/binder-summary'
import { COLLECTIONS } from '../_lib/collections'
import { getAll } from '../_lib/dbops'
import type { JobContext } from './types'

export const BINDER_SUMMARY_CRON = '0 41 * * * *'
export const BUDGET_MS = 40_000

export interface BinderSummaryResult {
  schoolYear: string
  refreshed: number
  /** 今天已算过 */
  fresh: number
  /** 已提交，或学年里还没有开学的学期 */
  skipped: number
  deferred: number
  failed: number
}

export async function refreshBinderSummaries({ db, now }: JobContext, opts: { budgetMs?: number } = {}): Promise<BinderSummaryResult> {
  const today = shanghaiDate(now)
  const schoolYear = schoolYearOf(today)
  const started = Date.now()
  const [stations, binders] = await Promise.all([
    getAll<Pick<StationDoc, '_id'>>(db, COLLECTIONS.stations, {}, { field: { _id: true } }),
    getAll<Pick<BinderDoc, '_id' | 'status' | 'documents' | 'summary'>>(db, COLLECTIONS.assessmentBinders, { schoolYear }, { field: { _id: true, status: true, documents: true, summary: true } }),
  ])
  const byId = new Map(binders.map((b) => [b._id, b]))
  const result: BinderSummaryResult = { schoolYear, refreshed: 0, fresh: 0, skipped: 0, deferred: 0, failed: 0 }
  for (const s of stations) {
    const doc = byId.get(binderId(s._id, schoolYear))
    if (doc?.status === 'submitted') { result.skipped++; continue }
    if (doc?.summary && shanghaiDate(new Date(doc.summary.asOf)) === today) { result.fresh++; continue }
    if (Date.now() - started > (opts.budgetMs ?? BUDGET_MS)) { result.deferred++; continue }
    try {
      const live = await assessStation(db, s._id, schoolYear, now, decodeSlots(doc?.documents))
      if (!live) { result.skipped++; continue }
      await storeBinderSummary(db, s._id, schoolYear, summaryOf(live), now)
      result.refreshed++
    } catch (e) {
      console.error(`[refreshBinderSummaries] ${s._id}`, e)
      result.failed++
    }
  }
  return result
}
