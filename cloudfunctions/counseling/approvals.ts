/**
 * 站长审批：进入/离开“危机”、以危机等级入库、解除关注。只有站长可以审批；
 * 已审批的申请再次审批 → STATE.INVALID_TRANSITION。审批与条目变更在同一事务中完成。
 */
import { type ApprovalView, type Page } from '../../types/api/counseling'
import { LEVEL_LABELS } from '../../types/domain'
import { APPROVAL_KIND_LABELS, type ApprovalDoc, type KeyCareDoc } from '../../types/models-counseling'
import { stationInScope } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import { skipOf } from '../../types/api/paging'
import { getById, getByIds, unwrap } from '../_lib/dbops'
import { iso, isoOpt } from '../_lib/docs'
import { runTx, txCheck, txGet } from '../_lib/dbops'
import { runReviewStep } from '../_lib/review'
import { hist } from '../_lib/keycare/entry'
import { notifyPeople } from './notify'
import { pageUrl } from '../../types/routes'

function approvalView(a: ApprovalDoc, e: KeyCareDoc | undefined): ApprovalView {
  return {
    id: a._id,
    keyCareId: a.keyCareId,
    studentId: a.studentId,
    studentName: a.studentName,
    kind: a.kind,
    payload: a.payload,
    requestedByName: a.requestedByName,
    status: a.status,
    createdAt: iso(a.createdAt),
    ...(a.decidedAt ? { decidedAt: isoOpt(a.decidedAt) } : {}),
    ...(a.comment ? { comment: a.comment } : {}),
    entryLevel: e?.level ?? 'general',
    entryStatus: e?.status ?? 'active',
  }
}

export const approvalList = defineAction(counselingContract['approval.list'], async ({ db, caller, audit }, input) => {
    const where: Record<string, unknown> = { stationId: caller.stationId, status: input.status ?? 'pending' }
    const coll = db.collection(COLLECTIONS.approvals)
    const count = unwrap(await coll.where(where).count()) as { total?: number }
    const res = unwrap(await coll.where(where).orderBy('createdAt', 'desc').skip(skipOf(input)).limit(input.pageSize).get()) as { data: ApprovalDoc[] }
    const entries = await getByIds<KeyCareDoc>(db, COLLECTIONS.keyCare, res.data.map((a) => a.keyCareId))
    await audit('counseling.approval.list', res.data.map((a) => a.studentId))
    const page: Page<ApprovalView> = { items: res.data.map((a) => approvalView(a, entries.get(a.keyCareId))), total: count.total ?? res.data.length, page: input.page, pageSize: input.pageSize }
    return page
  })

/** 批准：把申请的变更应用到条目（条目状态已不允许时拒绝） */
function applyApproved(a: ApprovalDoc, e: KeyCareDoc, by: string, now: Date) {
  if (e.status === 'closed') throw new AppError('STATE.INVALID_TRANSITION', '该条目已解除关注')
  const p = a.payload
  if (p.kind === 'close') {
    return { set: { status: 'closed' as const, closeReason: p.reason, closedAt: now }, history: [hist(by, 'close', now, e.status, 'closed')] }
  }
  return { set: { level: p.to }, history: [hist(by, 'level', now, e.level, p.to)] }
}

export const approvalDecide = defineAction(counselingContract['approval.decide'], async (ctx, input) => {
    const { db, caller, now } = ctx
    const found = await getById<ApprovalDoc>(db, COLLECTIONS.approvals, input.id)
    if (!found || !stationInScope(caller, found.stationId)) throw notFound()
    const by = caller.person._id
    const to = input.decision === 'approve' ? 'approved' as const : 'rejected' as const
    let done: { approval: ApprovalDoc; entry: KeyCareDoc } | null = null
    // 同一决定重复（重试、双击）答复 ok、什么也不改；已批准的再不批准（或反之）为 STATE.INVALID_TRANSITION
    const step = await runReviewStep({
      doc: found,
      from: 'pending',
      to,
      invalid: '该申请已审批',
      reread: () => getById<ApprovalDoc>(db, COLLECTIONS.approvals, input.id),
      write: async () => {
        done = await runTx(db, async (tx) => {
          const a = await txGet<ApprovalDoc>(tx, COLLECTIONS.approvals, input.id)
          if (!a) throw notFound()
          if (a.status !== 'pending') return null
          const e = await txGet<KeyCareDoc>(tx, COLLECTIONS.keyCare, a.keyCareId)
          if (!e) throw notFound()
          const change =
            input.decision === 'approve'
              ? applyApproved(a, e, by, now)
              : { set: {}, history: [hist(by, 'approval_rejected', now, undefined, a.kind)] }
          const decided: Partial<ApprovalDoc> = {
            status: to,
            decidedBy: by,
            decidedAt: now,
            ...(input.comment ? { comment: input.comment } : {}),
          }
          await txCheck(await tx.collection(COLLECTIONS.approvals).doc(a._id).update(decided))
          const history = [...(e.history ?? []), ...change.history]
          const entryPatch: Record<string, unknown> = { ...change.set, history, updatedAt: now }
          if (e.pendingApprovalId === a._id) entryPatch.pendingApprovalId = db.command.remove()
          await txCheck(await tx.collection(COLLECTIONS.keyCare).doc(e._id).update(entryPatch))
          const entry = { ...e, ...change.set, history } as KeyCareDoc
          if (e.pendingApprovalId === a._id) delete entry.pendingApprovalId
          return { approval: { ...a, ...decided } as ApprovalDoc, entry }
        })
        return done !== null
      },
      effects: async () => {
        const { approval, entry } = done!
        await ctx.audit('counseling.approval.decide', [approval._id, entry._id, entry.studentId])
        const what =
          approval.payload.kind === 'close' ? '解除关注' : `等级调整为${LEVEL_LABELS[approval.payload.to]}`
        await notifyPeople(ctx, [approval.requestedBy], {
          kind: 'approval',
          title: `审批${approval.status === 'approved' ? '已通过' : '未通过'}：${approval.studentName}`,
          body: `${APPROVAL_KIND_LABELS[approval.kind]}（${what}）${approval.comment ? `。意见：${approval.comment}` : ''}`,
          link: pageUrl('counselor', 'keycare-detail', { id: approval.keyCareId }),
          dedupeKey: `approval:${approval._id}`,
        })
      },
    })
    if (step.applied) {
      const { approval, entry } = done!
      return approvalView(approval, entry)
    }
    const entry = await getById<KeyCareDoc>(db, COLLECTIONS.keyCare, step.doc.keyCareId)
    if (!entry) throw notFound()
    // 重复的决定：什么也没写，也不记审计
    await ctx.audit('counseling.approval.decide', [])
    return approvalView(step.doc, entry)
  })
