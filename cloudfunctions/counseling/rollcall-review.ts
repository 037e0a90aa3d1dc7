/**
 * 晚点名：辅导员确认 / 退回，以及本周各班状态看板（未记录 / 待确认 / 已确认 / 已退回）。
 */
import { defaultRollCallWeek, weekWindow } from '../../domain/calendar'
import {
  type RollCallBoard, type RollCallBoardRow,
} from '../../types/api/counseling'
import type { ClassDoc, TermDoc } from '../../types/models'
import type { RollCallDoc } from '../../types/models-counseling'
import { loadUnitInScope, unitInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import type { Database } from '../_lib/sdk'
import { loadTermWithPhase } from '../_lib/term'
import { fetchAll, getById, unwrap } from '../_lib/dbops'
import { iso } from '../_lib/docs'
import { runReviewStep } from '../_lib/review'
import { notifyPeople } from './notify'
import { rollCallId, rollCallView } from './rollcall'
import { pageUrl } from '../../types/routes'

/** 读取点名记录并确认其班级在调用者范围内（越权即 NOT_FOUND） */
async function loadRollCallInScope(db: Database, caller: Caller, id: string): Promise<{ doc: RollCallDoc; cls: ClassDoc }> {
  const doc = await getById<RollCallDoc>(db, COLLECTIONS.rollCalls, id)
  if (!doc) throw notFound()
  const cls = await loadUnitInScope<ClassDoc>(db, caller, 'class', doc.classId)
  return { doc, cls }
}

/** 条件更新：只有状态与版本都未变时才写入；返回是否命中 */
async function transition(db: Database, doc: RollCallDoc, data: Record<string, unknown>): Promise<boolean> {
  const res = unwrap(await db.collection(COLLECTIONS.rollCalls).where({ _id: doc._id, status: doc.status, revision: doc.revision }).update(data)) as { updated?: number }
  return !!res.updated
}

/** 审阅迁移（_lib/review.ts 的统一规则）：重复的同一迁移答复 ok、不写入 */
function step(db: Database, doc: RollCallDoc, to: 'confirmed' | 'returned', data: Record<string, unknown>, invalid: string, effects?: () => Promise<void>) {
  return runReviewStep({
    doc, from: 'pending', to,
    sameVersion: (d) => d.revision === doc.revision,
    write: () => transition(db, doc, data),
    reread: () => getById<RollCallDoc>(db, COLLECTIONS.rollCalls, doc._id),
    invalid,
    effects,
  })
}

export const rollcallConfirm = defineAction(counselingContract['rollcall.confirm'], async ({ db, caller, now }, input) => {
    const { doc, cls } = await loadRollCallInScope(db, caller, input.id)
    if (input.revision !== undefined && input.revision !== doc.revision) throw new AppError('CONFLICT')
    const r = await step(db, doc, 'confirmed', { status: 'confirmed', confirmedBy: caller.person._id, confirmedAt: now, updatedAt: now }, '已退回的记录须重新提交后才能确认')
    if (!r.applied) return rollCallView(r.doc, cls.name)
    return rollCallView({ ...doc, status: 'confirmed', confirmedBy: caller.person._id, confirmedAt: now }, cls.name)
  })

export const rollcallReturn = defineAction(counselingContract['rollcall.return'], async (ctx, input) => {
    const { db, caller, now } = ctx
    const { doc, cls } = await loadRollCallInScope(db, caller, input.id)
    const patch = { status: 'returned' as const, returnComment: input.comment, returnedBy: caller.person._id, returnedAt: now, updatedAt: now }
    // 重复退回：不改意见、不再通知
    const r = await step(db, doc, 'returned', patch, '已确认的记录不能退回', async () => {
      if (doc.recordedBy === caller.person._id) return
      await notifyPeople(ctx, [doc.recordedBy], {
        kind: 'returned',
        title: `${cls.name} 第${doc.week}周晚点名被退回`,
        body: input.comment,
        link: rollCallLink(doc),
      })
    })
    if (!r.applied) return rollCallView(r.doc, cls.name)
    return rollCallView({ ...doc, ...patch }, cls.name)
  })

/** 退回通知的链接：回到记录者填写晚点名的页面（委员的晚点名页，或辅导员、站长的记录页） */
function rollCallLink(doc: RollCallDoc): string {
  const params = { classId: doc.classId, week: doc.week }
  const role = doc.recordedByRole ?? 'committee'
  return role === 'committee' ? pageUrl('committee', 'rollcall', params) : pageUrl(role, 'rollcall-form', params)
}

/** 调用者范围内的班级（按名称排序） */
export async function classesInScope(db: Database, caller: Caller): Promise<ClassDoc[]> {
  if (!caller.stationId) return []
  return scopeClasses(caller, await fetchAll<ClassDoc>(db.collection(COLLECTIONS.classes).where({ stationId: caller.stationId }) as never, 5000))
}

/** 站点的班级中调用者范围内的，按名称排序 */
export function scopeClasses(caller: Caller, all: readonly ClassDoc[]): ClassDoc[] {
  return all.filter((c) => unitInScope(caller, 'class', c)).sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}

export function boardRow(cls: ClassDoc, doc: RollCallDoc | undefined): RollCallBoardRow {
  if (!doc) return { classId: cls._id, className: cls.name, status: 'unrecorded' }
  return {
    week: doc.week,
    classId: cls._id,
    className: cls.name,
    status: doc.status,
    rollCallId: doc._id,
    revision: doc.revision,
    heldAt: iso(doc.heldAt),
    expected: doc.expected,
    present: doc.present,
    absentCount: doc.absences.length,
    correction: !!doc.correction,
    ...(doc.status === 'returned' && doc.returnComment ? { returnComment: doc.returnComment } : {}),
  }
}

/** 某周调用者范围内各班的点名状态 */
export async function buildBoard(db: Database, caller: Caller, term: TermDoc, week: number): Promise<RollCallBoard> {
  const classes = await classesInScope(db, caller)
  const ids = classes.map((c) => rollCallId(term._id, week, c._id))
  const docs = ids.length
    ? await fetchAll<RollCallDoc>(db.collection(COLLECTIONS.rollCalls).where({ _id: { $in: ids } }) as never, ids.length)
    : []
  return boardOf(classes, docs, term, week)
}

/** 由范围内的班级与读出的点名记录（其他周的忽略）生成看板（纯函数） */
export function boardOf(classes: readonly ClassDoc[], docs: readonly RollCallDoc[], term: TermDoc, week: number): RollCallBoard {
  const byClass = new Map(docs.filter((d) => d.termId === term._id && d.week === week).map((d) => [d.classId, d]))
  const win = weekWindow(term, week)
  return { week, weekStart: win.monday, off: win.off, rows: classes.map((c) => boardRow(c, byClass.get(c._id))) }
}

export const rollcallBoard = defineAction(counselingContract['rollcall.board'], async ({ db, caller, now }, input) => {
    const { term, phase } = await loadTermWithPhase(db, caller.stationId!, now)
    const week = input.week ?? defaultRollCallWeek(term, now)
    if (week > term.weeks) throw new AppError('WEEK.OUT_OF_RANGE')
    return { ...(await buildBoard(db, caller, term, week)), phase }
  })
