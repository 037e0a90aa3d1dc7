/**
 * 考核手册的读取与计算：工作稿随记录实时计算（加载器 _lib/binder-input.ts → domain/assessment），
 * 提交后读冻结的版本（之后的记录不再改变它）。考核表版本：冻结的 > 中心为该学年发布的调整 > 默认表。
 */
import { gradeOf } from '../../domain/assessment'
import { schoolYearDates, schoolYearOf, shanghaiDate } from '../../domain/calendar'
import type { AssessmentTableVersion, BinderSuggestion, MissingEvidence } from '../../types/assessment'
import type { BinderItemView, BinderView, ItemScore } from '../../types/api/assessment'
import type { BinderDoc, BinderItemScore, BinderSlotDoc, Indicators } from '../../types/models-assessment'
import { assessStation, decodeSlots, slotField, tableOf } from '../_lib/binder-input'
import { binderId, emptyBinder, storeBinderSummary, summaryOf } from '../_lib/binder-summary'
import { COLLECTIONS } from '../_lib/collections'
import { getById, insertOnce } from '../_lib/dbops'
import { AppError } from '../_lib/errors'
import type { Database } from '../_lib/sdk'

export { binderId, decodeSlots, emptyBinder, slotField, tableOf }

export const currentYear = (now: Date): string => schoolYearOf(shanghaiDate(now))

/** 学年尚未开始（还没到学年首日）：拒绝 */
export function assertYearStarted(schoolYear: string, now: Date): void {
  if (schoolYearDates(schoolYear).first > shanghaiDate(now)) throw new AppError('BINDER.YEAR_NOT_STARTED')
}

export async function readDoc(db: Database, stationId: string, schoolYear: string): Promise<BinderDoc | null> {
  return getById<BinderDoc>(db, COLLECTIONS.assessmentBinders, binderId(stationId, schoolYear))
}

/** 可编辑的手册（没有则建立）；已提交的拒绝 */
export async function editableDoc(db: Database, stationId: string, schoolYear: string, now: Date): Promise<BinderDoc> {
  assertYearStarted(schoolYear, now)
  const fresh = emptyBinder(stationId, schoolYear, now)
  const doc = (await insertOnce(db, COLLECTIONS.assessmentBinders, fresh)) ? fresh : await readDoc(db, stationId, schoolYear)
  if (!doc) throw new AppError('INTERNAL')
  if (doc.status === 'submitted') throw new AppError('BINDER.ALREADY_SUBMITTED')
  return doc
}

interface Computed {
  asOf: Date
  table: AssessmentTableVersion
  indicators: Indicators
  suggestion: BinderSuggestion
  missing: MissingEvidence[]
}

/** 由记录实时计算（学年中尚无已开学的学期时拒绝） */
export async function computeLive(db: Database, stationId: string, schoolYear: string, now: Date, documents: Record<string, BinderSlotDoc>): Promise<Computed> {
  assertYearStarted(schoolYear, now)
  const live = await assessStation(db, stationId, schoolYear, now, documents)
  if (!live) throw new AppError('BINDER.YEAR_NOT_STARTED')
  return live
}

const total = (table: AssessmentTableVersion, scores: Record<string, BinderItemScore>): number | null =>
  table.items.every((i) => scores[i.id]) ? table.items.reduce((n, i) => n + scores[i.id].score, 0) : null

const itemScore = (s: BinderItemScore | undefined): ItemScore | null => (s ? { score: s.score, comment: s.comment, at: s.at, by: s.by } : null)

export function viewOf(doc: BinderDoc, c: Computed, scores: Record<string, BinderItemScore>, documents: Record<string, BinderSlotDoc>): BinderView {
  const items: BinderItemView[] = c.table.items.map((i) => ({
    itemId: i.id, name: i.name, max: i.max,
    suggested: c.suggestion.items.find((s) => s.itemId === i.id)?.score ?? 0,
    self: itemScore(scores[i.id]),
    panel: doc.status === 'draft' ? null : itemScore(doc.panel?.[i.id]),
  }))
  const selfTotal = total(c.table, scores)
  const panelTotal = doc.version ? total(c.table, doc.panel ?? {}) : null
  const graded = panelTotal ?? selfTotal
  const band = graded == null ? null : gradeOf(graded, c.table.bands)
  return {
    stationId: doc.stationId, schoolYear: doc.schoolYear, status: doc.status, version: doc.version, asOf: c.asOf,
    table: c.table, indicators: c.indicators, suggestion: c.suggestion, missing: c.missing, items,
    documents: Object.fromEntries(Object.entries(documents).map(([k, d]) => [k, { note: d.note ?? '', files: d.files ?? [] }])),
    selfTotal, panelTotal, grade: band?.grade ?? null, gradeLabel: band?.label ?? null,
    ...(doc.status === 'returned' && doc.returnComment ? { returnComment: doc.returnComment } : {}),
  }
}

/** 已提交：最新冻结版；否则实时计算的工作稿 */
export async function readView(db: Database, stationId: string, schoolYear: string, now: Date, doc: BinderDoc | null): Promise<BinderView> {
  const d = doc ?? emptyBinder(stationId, schoolYear, now)
  if (d.status === 'submitted' && d.versions.length) {
    const v = d.versions[d.versions.length - 1]
    const frozen: Computed = {
      asOf: new Date(v.submittedAt), table: v.table as AssessmentTableVersion, indicators: v.indicators,
      suggestion: v.suggestion as BinderSuggestion, missing: v.missing as MissingEvidence[],
    }
    return viewOf(d, frozen, v.scores, decodeSlots(v.documents))
  }
  const docs = decodeSlots(d.documents)
  const live = await computeLive(db, stationId, schoolYear, now, docs)
  // 每次算出工作稿都刷新首页用的摘要（本学年的）
  await storeBinderSummary(db, stationId, schoolYear, summaryOf(live), now)
  return viewOf(d, live, d.scores, docs)
}
