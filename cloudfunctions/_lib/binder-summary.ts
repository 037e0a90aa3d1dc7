/**
 * 考核手册工作稿的摘要（站长首页“考核手册缺失材料”）：缺失材料前 3 条与总数、建议总分、计算时刻，存在手册文档的 summary 上。
 * 首页只读这一条文档，不重算手册（一次评估读全学年的记录，几十次请求）；摘要在 binder.get 每次计算工作稿时
 * 与定时任务 refreshBinderSummaries（jobs）每天刷新，首页显示它的计算时刻。已提交的手册不再刷新（首页也不再提示）。
 */
import { schoolYearOf, shanghaiDate } from '../../domain/calendar'
import type { BinderSuggestion, MissingEvidence } from '../../types/assessment'
import type { BinderDoc, BinderSummaryDoc } from '../../types/models-assessment'
import { COLLECTIONS } from './collections'
import { insertOnce, updateWhere } from './dbops'
import type { Database } from './sdk'

/** 首页列出的缺失材料条数 */
export const SUMMARY_MISSING = 3

export const binderId = (stationId: string, schoolYear: string): string => `${stationId}:${schoolYear}`

export function emptyBinder(stationId: string, schoolYear: string, now: Date): BinderDoc {
  return {
    _id: binderId(stationId, schoolYear), stationId, schoolYear, status: 'draft', scores: {}, documents: {}, panel: {},
    version: 0, versions: [], returns: [], createdAt: now, updatedAt: now,
  }
}

/** 由一次评估（工作稿）得出摘要 */
export function summaryOf(live: { asOf: Date; missing: MissingEvidence[]; suggestion: Pick<BinderSuggestion, 'total'> }): BinderSummaryDoc {
  return { asOf: live.asOf, missing: live.missing.slice(0, SUMMARY_MISSING), missingCount: live.missing.length, suggestedTotal: live.suggestion.total }
}

/**
 * 存摘要（只存本学年的）：手册文档已有则只改 summary（已提交的不改；不动 updatedAt），没有则建一份空的工作稿带上摘要。
 * 写 1 次（文档刚被别人建出时 2 次）。
 */
export async function storeBinderSummary(db: Database, stationId: string, schoolYear: string, summary: BinderSummaryDoc, now: Date): Promise<void> {
  if (schoolYear !== schoolYearOf(shanghaiDate(now))) return
  const id = binderId(stationId, schoolYear)
  const where = { _id: id, status: db.command.neq('submitted') }
  // 整个字段替换（普通对象会被展开成逐个子字段的合并）
  const set = () => updateWhere(db, COLLECTIONS.assessmentBinders, where, { summary: db.command.set(summary) })
  if ((await set()) > 0) return
  const fresh: BinderDoc = { ...emptyBinder(stationId, schoolYear, now), summary }
  if (await insertOnce(db, COLLECTIONS.assessmentBinders, fresh)) return
  await set()
}
