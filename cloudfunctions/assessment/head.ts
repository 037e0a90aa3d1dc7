/**
 * 站长：读手册（实时指标、建议分、缺失材料；中心读已提交的版本）、逐项自评、证明材料栏、提交冻结。
 * 写入都以 status ≠ submitted 为条件：已提交的手册不能再改（BINDER.ALREADY_SUBMITTED），失败时什么都不写。
 */
import { allSlots } from '../../domain/assessment/table'
import { assessmentContract } from '../../types/api/assessment.contract'
import type { BinderVersion } from '../../types/models-assessment'
import { COLLECTIONS } from '../_lib/collections'
import { updateWhere } from '../_lib/dbops'
import { AppError, notFound } from '../_lib/errors'
import { acceptUpload } from '../_lib/files'
import { defineAction } from '../_lib/handler'
import type { Database } from '../_lib/sdk'
import { binderId, computeLive, decodeSlots, slotField, currentYear, editableDoc, readDoc, readView, tableOf } from './store'

const stationOf = (caller: { stationId: string | null }): string => {
  if (!caller.stationId) throw notFound()
  return caller.stationId
}

/** 条件写入：只在未提交时生效 */
async function writeUnlessSubmitted(db: Database, id: string, data: Record<string, unknown>, now: Date): Promise<void> {
  const _ = db.command
  const n = await updateWhere(db, COLLECTIONS.assessmentBinders, { _id: id, status: _.neq('submitted') }, { ...data, updatedAt: now })
  if (!n) throw new AppError('BINDER.ALREADY_SUBMITTED')
}

export const binderGet = defineAction(assessmentContract['binder.get'], async ({ db, caller, now, audit }, input) => {
  const schoolYear = input.schoolYear ?? currentYear(now)
  const stationId = caller.role === 'center' ? input.stationId : stationOf(caller)
  if (!stationId) throw notFound()
  const doc = await readDoc(db, stationId, schoolYear)
  // 中心只看已提交（或已退回）的手册
  if (caller.role === 'center' && (!doc || doc.version === 0)) throw notFound()
  const view = await readView(db, stationId, schoolYear, now, doc)
  await audit('assessment.binder.get', [binderId(stationId, schoolYear)])
  return view
})

export const binderScore = defineAction(assessmentContract['binder.score'], async ({ db, caller, now }, input) => {
  const stationId = stationOf(caller)
  const doc = await editableDoc(db, stationId, input.schoolYear, now)
  const item = (await tableOf(db, input.schoolYear)).items.find((i) => i.id === input.itemId)!
  if (input.score < 0 || input.score > item.max) throw new AppError('BINDER.SCORE_OUT_OF_RANGE', `分数须在 0 到 ${item.max} 之间（${item.name}满分 ${item.max} 分）`)
  await writeUnlessSubmitted(db, doc._id, { [`scores.${input.itemId}`]: { score: input.score, comment: input.comment, at: now, by: caller.person._id } }, now)
  return { itemId: input.itemId, score: input.score }
})

async function slotOf(db: Database, schoolYear: string, slot: string): Promise<void> {
  if (!allSlots(await tableOf(db, schoolYear)).some((s) => s.key === slot)) throw new AppError('BINDER.UNKNOWN_SLOT')
}

export const binderNote = defineAction(assessmentContract['binder.note'], async ({ db, caller, now }, input) => {
  const doc = await editableDoc(db, stationOf(caller), input.schoolYear, now)
  await slotOf(db, input.schoolYear, input.slot)
  await writeUnlessSubmitted(db, doc._id, { [`documents.${slotField(input.slot)}.note`]: input.note }, now)
  return { slot: input.slot }
})

export const binderAttach = defineAction(assessmentContract['binder.attach'], async (ctx, input) => {
  const { db, caller, now } = ctx
  const doc = await editableDoc(db, stationOf(caller), input.schoolYear, now)
  await slotOf(db, input.schoolYear, input.slot)
  // 只接受本人为“证明材料”预留、本站的上传；别人的或别站的文件一律 FILE.NOT_YOURS
  const { file } = await acceptUpload(ctx, 'document', input.fileId)
  const key = slotField(input.slot)
  const files = [...(doc.documents[key]?.files ?? []), { fileId: file._id, filename: file.filename }]
  await writeUnlessSubmitted(db, doc._id, { [`documents.${key}.files`]: files, [`documents.${key}.fileIds`]: files.map((f) => f.fileId) }, now)
  return { slot: input.slot, fileId: file._id, filename: file.filename }
})

export const binderSubmit = defineAction(assessmentContract['binder.submit'], async ({ db, caller, now, audit }, input) => {
  const stationId = stationOf(caller)
  const doc = await editableDoc(db, stationId, input.schoolYear, now)
  const live = await computeLive(db, stationId, input.schoolYear, now, decodeSlots(doc.documents))
  // 未自评的项按建议分提交（评语注明）
  const scores = { ...doc.scores }
  for (const s of live.suggestion.items) {
    if (!scores[s.itemId]) scores[s.itemId] = { score: s.score, comment: '采用建议分', at: now, by: caller.person._id }
  }
  const version: BinderVersion = {
    version: doc.version + 1, submittedAt: now, submittedBy: caller.person._id, submittedByName: caller.person.name,
    table: live.table, indicators: live.indicators, suggestion: live.suggestion, missing: live.missing, scores, documents: doc.documents,
  }
  const _ = db.command
  const n = await updateWhere(db, COLLECTIONS.assessmentBinders, { _id: doc._id, status: _.neq('submitted'), version: doc.version }, {
    status: 'submitted', scores, version: version.version, versions: _.push([version]), panel: {}, updatedAt: now,
  })
  if (!n) throw new AppError('BINDER.ALREADY_SUBMITTED')
  await audit('assessment.binder.submit', [doc._id])
  return { status: 'submitted' as const, version: version.version, submittedAt: now }
})
