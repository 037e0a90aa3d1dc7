/**
 * 校心理中心：逐项评分（针对最新提交的版本）、退回、各站并列比较（只有分数、等级与名次，无学生姓名）、按学年调整考核表。
 */
import { applyOverride, gradeOf } from '../../domain/assessment'
import type { AssessmentTableVersion } from '../../types/assessment'
import type { CompareRow } from '../../types/api/assessment'
import { assessmentContract } from '../../types/api/assessment.contract'
import type { StationDoc } from '../../types/models'
import type { BinderDoc, BinderItemScore } from '../../types/models-assessment'
import { COLLECTIONS } from '../_lib/collections'
import { getAll, getById, updateWhere, unwrap } from '../_lib/dbops'
import { AppError, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import type { Database } from '../_lib/sdk'
import { currentYear, readDoc } from './store'

/** 已提交的手册（站点不存在或从未提交：NOT_FOUND；已退回：BINDER.NOT_SUBMITTED） */
async function submittedDoc(db: Database, stationId: string, schoolYear: string): Promise<BinderDoc> {
  const [station, doc] = await Promise.all([getById<StationDoc>(db, COLLECTIONS.stations, stationId), readDoc(db, stationId, schoolYear)])
  if (!station || !doc || doc.version === 0) throw notFound()
  if (doc.status !== 'submitted') throw new AppError('BINDER.NOT_SUBMITTED')
  return doc
}

const frozenTable = (doc: BinderDoc): AssessmentTableVersion => doc.versions[doc.versions.length - 1].table as AssessmentTableVersion

export const binderReview = defineAction(assessmentContract['binder.review'], async ({ db, caller, now, audit }, input) => {
  const doc = await submittedDoc(db, input.stationId, input.schoolYear)
  const item = frozenTable(doc).items.find((i) => i.id === input.itemId)!
  if (input.score < 0 || input.score > item.max) throw new AppError('BINDER.SCORE_OUT_OF_RANGE', `分数须在 0 到 ${item.max} 之间（${item.name}满分 ${item.max} 分）`)
  const score: BinderItemScore = { score: input.score, comment: input.comment, at: now, by: caller.person._id }
  const n = await updateWhere(db, COLLECTIONS.assessmentBinders, { _id: doc._id, status: 'submitted', version: doc.version }, { [`panel.${input.itemId}`]: score, updatedAt: now })
  if (!n) throw new AppError('BINDER.NOT_SUBMITTED')
  await audit('assessment.binder.review', [doc._id])
  return { itemId: input.itemId, score: input.score }
})

export const binderReturn = defineAction(assessmentContract['binder.return'], async ({ db, caller, now, audit }, input) => {
  const doc = await submittedDoc(db, input.stationId, input.schoolYear)
  const _ = db.command
  const n = await updateWhere(db, COLLECTIONS.assessmentBinders, { _id: doc._id, status: 'submitted', version: doc.version }, {
    status: 'returned', returnComment: input.comment, returns: _.push([{ version: doc.version, at: now, by: caller.person._id, comment: input.comment }]), updatedAt: now,
  })
  if (!n) throw new AppError('BINDER.NOT_SUBMITTED')
  await audit('assessment.binder.return', [doc._id])
  return { status: 'returned' as const, version: doc.version }
})

function sum(table: AssessmentTableVersion, scores: Record<string, BinderItemScore> | undefined): number | null {
  return table.items.every((i) => scores?.[i.id]) ? table.items.reduce((n, i) => n + scores![i.id].score, 0) : null
}

export const binderCompare = defineAction(assessmentContract['binder.compare'], async ({ db, now }, input) => {
  const schoolYear = input.schoolYear ?? currentYear(now)
  const [stations, binders] = await Promise.all([
    getAll<Pick<StationDoc, '_id' | 'name'>>(db, COLLECTIONS.stations, {}, { field: { name: true } }),
    getAll<BinderDoc>(db, COLLECTIONS.assessmentBinders, { schoolYear, version: { $gt: 0 } }, { field: {
      stationId: true, status: true, version: true, panel: true, 'versions.table': true, 'versions.scores': true,
    } }),
  ])
  const byStation = new Map(binders.map((b) => [b.stationId, b]))
  const rows: CompareRow[] = stations.map((s) => {
    const b = byStation.get(s._id)
    if (!b) return { stationId: s._id, stationName: s.name, status: 'none', selfTotal: null, panelTotal: null, grade: null, gradeLabel: null, rank: null, items: [] }
    const v = b.versions[b.versions.length - 1]
    const table = v.table as AssessmentTableVersion
    const selfTotal = sum(table, v.scores)
    const panelTotal = sum(table, b.panel)
    const graded = panelTotal ?? selfTotal
    const band = graded == null ? null : gradeOf(graded, table.bands)
    return {
      stationId: s._id, stationName: s.name, status: b.status, selfTotal, panelTotal,
      grade: band?.grade ?? null, gradeLabel: band?.label ?? null, rank: null,
      items: table.items.map((i) => ({ itemId: i.id, self: v.scores[i.id]?.score ?? null, panel: b.panel?.[i.id]?.score ?? null })),
    }
  })
  const key = (r: CompareRow) => r.panelTotal ?? r.selfTotal
  const ranked = rows.filter((r) => r.status !== 'none' && key(r) != null).sort((a, b) => key(b)! - key(a)!)
  ranked.forEach((r, i) => { r.rank = i > 0 && key(ranked[i - 1]) === key(r) ? ranked[i - 1].rank : i + 1 })
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.stationName.localeCompare(b.stationName))
  return { schoolYear, rows }
})

/** 中心为一个学年调整考核表；已冻结的手册仍用提交时的版本 */
export const tableSet = defineAction(assessmentContract['table.set'], async ({ db, caller, now, audit }, input) => {
  const r = applyOverride(input.override)
  if (!r.ok) throw new AppError('BINDER.INVALID_TABLE', `考核表调整不合格：${r.issues.map((i) => i.message).join('；')}`)
  unwrap(await db.collection(COLLECTIONS.assessmentTables).doc(input.override.schoolYear).set({ schoolYear: input.override.schoolYear, override: input.override, updatedAt: now, updatedBy: caller.person._id }))
  await audit('assessment.table.set', [input.override.schoolYear])
  return { table: r.version }
})
