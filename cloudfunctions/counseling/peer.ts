/**
 * 朋辈谈心：心理委员 / 宿舍观察员记录与本班同学、本寝室室友的谈心；辅导员确认或退回。
 * 需要辅导员介入的记录生成约谈任务（_id 由来源确定，重试不重复）。
 */
import {
  type Page, type PeerTalkView,
} from '../../types/api/counseling'
import type { StudentDoc } from '../../types/models'
import type { PeerTalkDoc } from '../../types/models-counseling'
import { loadStudentInScope, peerTalkScopeFilter, studentInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, notFound } from '../_lib/errors'
import { defineAction, type ActionContext } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import { skipOf } from '../../types/api/paging'
import type { Database } from '../_lib/sdk'
import { runReviewStep } from '../_lib/review'
import { ensureTalkTask } from '../_lib/talk-tasks'
import { counselorsFor } from '../_lib/responsible'
import { getById, insertOnce, unwrap, updateWhere } from '../_lib/dbops'
import { iso, loadClasses, newId } from '../_lib/docs'
import { shanghaiDate } from '../../domain/calendar'
import { idempotentId } from './common'
import { notifyPeople } from './notify'
import { pageUrl } from '../../types/routes'

export function peerView(p: PeerTalkDoc, className: string, caller: Caller): PeerTalkView {
  return {
    id: p._id,
    reporterName: p.reporterName,
    kind: p.kind,
    studentId: p.studentId,
    studentName: p.studentName,
    className,
    date: p.date,
    form: p.form,
    category: p.category,
    summary: p.summary,
    needsCounselor: p.needsCounselor,
    status: p.status,
    ...(p.comment ? { comment: p.comment } : {}),
    createdAt: iso(p.createdAt),
    mine: p.reporterId === caller.person._id,
  }
}

function checkDate(date: string, now: Date): void {
  if (date > shanghaiDate(now)) throw new AppError('DATE.IN_FUTURE', '谈心日期不能晚于今天', { fields: [{ path: 'date', message: '谈心日期不能晚于今天' }] })
}

/** 需要辅导员时建约谈任务 */
async function ensureTask(db: Database, p: PeerTalkDoc, student: StudentDoc, now: Date): Promise<void> {
  if (!p.needsCounselor) return
  await ensureTalkTask(
    db,
    { stationId: p.stationId, student, source: 'peer_talk', sourceId: p._id, description: `${p.category}：${p.summary}` },
    () => counselorsFor(db, p.stationId, student.classId, student.dormId, now),
    now,
  )
}

async function className(db: Database, classId: string): Promise<string> {
  return (await loadClasses(db, [classId])).get(classId)?.name ?? ''
}

export const peerCreate = defineAction(counselingContract['peer.create'], async ({ db, caller, now }, input) => {
    checkDate(input.date, now)
    const student = await loadStudentInScope(db, caller, input.studentId)
    const kind = caller.role === 'committee' ? 'class' : 'dorm'
    const unitId = (kind === 'class' ? caller.assignment.classId : caller.assignment.dormId)!
    const id = input.requestId ? idempotentId('peer', caller.person._id, input.requestId) : newId('peer')
    const doc: PeerTalkDoc = {
      _id: id,
      stationId: student.stationId,
      reporterId: caller.person._id,
      reporterName: caller.person.name,
      kind,
      unitId,
      studentId: student._id,
      studentName: student.name,
      classId: student.classId,
      dormId: student.dormId,
      date: input.date,
      form: input.form,
      category: input.category,
      summary: input.summary,
      needsCounselor: input.needsCounselor,
      status: 'pending',
      createdAt: now,
      updatedAt: now,
    }
    const inserted = await insertOnce(db, COLLECTIONS.peerTalks, doc)
    const saved = inserted ? doc : ((await getById<PeerTalkDoc>(db, COLLECTIONS.peerTalks, id)) ?? doc)
    await ensureTask(db, saved, student, now)
    return peerView(saved, await className(db, student.classId), caller)
  })

/** 读取范围内的朋辈谈心（记录人本人，或辅导员/站长范围内的学生） */
async function loadPeerInScope(db: Database, caller: Caller, id: string): Promise<PeerTalkDoc> {
  const p = await getById<PeerTalkDoc>(db, COLLECTIONS.peerTalks, id)
  if (!p) throw notFound()
  const reviewer = caller.role === 'counselor' || caller.role === 'head'
  if (reviewer ? !studentInScope(caller, p) : p.reporterId !== caller.person._id || !studentInScope(caller, p)) throw notFound()
  return p
}

export const peerResubmit = defineAction(counselingContract['peer.resubmit'], async ({ db, caller, now }, input) => {
    const p = await loadPeerInScope(db, caller, input.id)
    if (p.status !== 'returned') throw new AppError('STATE.INVALID_TRANSITION', '只有被退回的记录可以修改后重新提交')
    checkDate(input.date, now)
    const student = await loadStudentInScope(db, caller, input.studentId)
    const patch = {
      studentId: student._id, studentName: student.name, classId: student.classId, dormId: student.dormId,
      date: input.date, form: input.form, category: input.category, summary: input.summary, needsCounselor: input.needsCounselor,
      status: 'pending' as const, updatedAt: now,
    }
    if (!(await updateWhere(db, COLLECTIONS.peerTalks, { _id: p._id, status: 'returned' }, patch))) throw new AppError('CONFLICT')
    const saved: PeerTalkDoc = { ...p, ...patch }
    await ensureTask(db, saved, student, now)
    return peerView(saved, await className(db, student.classId), caller)
  })

export const peerList = defineAction(counselingContract['peer.list'], async ({ db, caller, audit }, input) => {
    const scope = peerTalkScopeFilter(caller)
    if (!scope) return audit('counseling.peer.list', []).then(() => ({ items: [], total: 0, page: input.page, pageSize: input.pageSize }) satisfies Page<PeerTalkView>)
    const where: Record<string, unknown> = { ...scope }
    if (input.status) where.status = input.status
    const coll = db.collection(COLLECTIONS.peerTalks)
    const count = unwrap(await coll.where(where).count()) as { total?: number }
    const res = unwrap(await coll.where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').skip(skipOf(input)).limit(input.pageSize).get()) as { data: PeerTalkDoc[] }
    const classes = await loadClasses(db, res.data.map((p) => p.classId))
    await audit('counseling.peer.list', res.data.flatMap((p) => [p._id, p.studentId]))
    const page: Page<PeerTalkView> = {
      items: res.data.map((p) => peerView(p, classes.get(p.classId)?.name ?? '', caller)),
      total: count.total ?? res.data.length,
      page: input.page,
      pageSize: input.pageSize,
    }
    return page
  })

async function review(ctx: ActionContext & { caller: Caller }, id: string, to: 'confirmed' | 'returned', comment?: string) {
  const { db, caller, now } = ctx
  const p = await loadPeerInScope(db, caller, id)
  const patch: Partial<PeerTalkDoc> =
    to === 'confirmed'
      ? { status: 'confirmed', confirmedBy: caller.person._id, confirmedAt: now, updatedAt: now }
      : { status: 'returned', comment, returnedAt: now, updatedAt: now }
  // 审阅迁移的统一规则（_lib/review.ts）：重复的同一迁移答复 ok，不改、不再通知
  const step = await runReviewStep({
    doc: p, from: 'pending', to,
    write: async () => (await updateWhere(db, COLLECTIONS.peerTalks, { _id: p._id, status: 'pending' }, patch)) > 0,
    reread: () => getById<PeerTalkDoc>(db, COLLECTIONS.peerTalks, p._id),
    invalid: p.status === 'confirmed' ? '已确认的记录不能退回' : '该记录已退回，等待重新提交后才能确认',
    effects: async () => {
      if (to !== 'returned') return
      await notifyPeople(ctx, [p.reporterId], {
        kind: 'returned',
        title: `朋辈谈心记录被退回（${p.studentName}）`,
        body: comment ?? '',
        link: pageUrl(p.kind === 'class' ? 'committee' : 'observer', 'peer-talks'),
      })
    },
  })
  if (!step.applied) return peerView(step.doc, await className(db, p.classId), caller)
  return peerView({ ...p, ...patch }, await className(db, p.classId), caller)
}

export const peerConfirm = defineAction(counselingContract['peer.confirm'], (ctx, input) => review(ctx, input.id, 'confirmed'))

export const peerReturn = defineAction(counselingContract['peer.return'], (ctx, input) => review(ctx, input.id, 'returned', input.comment))
