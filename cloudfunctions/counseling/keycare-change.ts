/**
 * 重点关注条目的变更：等级/跟进日期/类别、解除、转介。
 * 辅导员把等级调入或调出“危机”、以及解除条目，须站长审批：提交审批申请后答复 APPROVAL.REQUIRED
 * （details 带 approvalId；同一请求中无需审批的字段照常保存）。站长本人操作直接生效。
 */
import type { z } from 'zod'
import { keycareCloseInput, keycareReferInput, keycareUpdateInput, type KeyCareListItem } from '../../types/api/counseling'
import type { ConcernCategory } from '../../types/domain'
import type { ApprovalDoc, ApprovalPayload, KeyCareDoc, KeyCareHistoryEntry } from '../../types/models-counseling'
import type { Caller } from '../_lib/access'
import { AppError, invalidField } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import type { Database } from '../_lib/sdk'
import { followUpDue, type FollowUpTalk } from '../../domain/followup'
import { talkFactsByStudent } from '../_lib/followups'
import { newId, todayOf } from './common'
import { crossesCrisis } from '../../domain/levels'
import { ensureNoPending, ensureOpen, hist, listItems, loadEntryInScope, mutateEntry, type EntryChange } from './keycare-core'

/**
 * 需站长审批的变更：生成审批申请，挂到条目上（pendingApprovalId）并记一条 approval_requested 历史。
 * 在 mutateEntry 的事务内调用；条目已有待审批申请时抛 STATE.INVALID_TRANSITION。
 * 返回的 approval 随变更一起写入，changeOpenEntry 随后答复 APPROVAL.REQUIRED。
 */
function requestApproval(caller: Caller, e: KeyCareDoc, payload: ApprovalPayload, from: string, now: Date): EntryChange & { approval: ApprovalDoc } {
  ensureNoPending(e)
  const approval: ApprovalDoc = {
    _id: newId('ap'),
    stationId: e.stationId,
    keyCareId: e._id,
    studentId: e.studentId,
    studentName: e.studentName,
    kind: payload.kind,
    requestedBy: caller.person._id,
    requestedByName: caller.person.name,
    payload,
    status: 'pending',
    createdAt: now,
  }
  return {
    set: { pendingApprovalId: approval._id },
    history: [hist(caller.person._id, 'approval_requested', now, from, payload.kind)],
    approval,
  }
}

type ChangeCtx = { db: Database; caller: Caller; now: Date }

/** 一次变更的结果：变更后的条目，以及（需站长审批时）随之提交的审批申请 */
export interface EntryChangeOutcome {
  entry: KeyCareDoc
  approval?: ApprovalDoc
}

/**
 * 修改一个范围内、未解除的条目：先读出并检查（越权/不存在 NOT_FOUND，已解除 STATE.INVALID_TRANSITION，再做 check 里的输入检查），
 * 然后在事务中重新确认未解除并应用 build 的变更。返回变更后的条目与审批申请（若有）。
 * 研判会（ledger）的结论也经这里生效，审批规则只在本文件。
 */
async function changeOpenEntryCore(
  { db, caller, now }: ChangeCtx,
  entryId: string,
  build: (e: KeyCareDoc) => EntryChange,
  check: () => void = () => undefined,
): Promise<EntryChangeOutcome> {
  const current = await loadEntryInScope(db, caller, entryId)
  ensureOpen(current)
  check()
  return mutateEntry(db, current._id, now, (e) => {
    ensureOpen(e)
    return build(e)
  })
}

/** 动作的答复：提交了审批申请时答复 APPROVAL.REQUIRED（其余字段已保存），否则返回新的列表项 */
async function respond(db: Database, now: Date, { entry, approval }: EntryChangeOutcome): Promise<KeyCareListItem> {
  if (approval) {
    throw new AppError('APPROVAL.REQUIRED', undefined, { details: { keyCareId: entry._id, approvalId: approval._id, kind: approval.kind } })
  }
  const [item] = await listItems(db, [entry], now)
  return item
}

const sameSet = (a: ConcernCategory[], b: ConcernCategory[]) => a.length === b.length && a.every((x) => b.includes(x))

/** 更新等级/跟进日期/类别（辅导员调入或调出“危机”须审批） */
export async function applyKeycareUpdate(ctx: ChangeCtx, input: z.output<typeof keycareUpdateInput>): Promise<EntryChangeOutcome> {
  const { caller, now } = ctx
  const by = caller.person._id
  const check = () => {
    if (input.nextFollowUp && input.nextFollowUp < todayOf(now)) throw invalidField('nextFollowUp', '下次跟进日期不能早于今天')
  }
  // 之后的谈话可能已改了下次跟进（domain/followup.ts）：与当前有效的日期比较，不同就记一次设定
  let talks: FollowUpTalk[] = []
  if (input.nextFollowUp) {
    const current = await loadEntryInScope(ctx.db, caller, input.id)
    talks = (await talkFactsByStudent(ctx.db, null, [current.studentId])).followUps.get(current.studentId) ?? []
  }
  return changeOpenEntryCore(ctx, input.id, (e): EntryChange => {
    const set: Partial<KeyCareDoc> = {}
    const history: KeyCareHistoryEntry[] = []
    let approval: ApprovalDoc | undefined
    if (input.nextFollowUp && input.nextFollowUp !== followUpDue(e, talks)) {
      set.nextFollowUp = input.nextFollowUp
      history.push(hist(by, 'follow_up', now, e.nextFollowUp, input.nextFollowUp))
    }
    if (input.categories && !sameSet(input.categories, e.categories)) {
      set.categories = [...new Set(input.categories)]
      history.push(hist(by, 'categories', now, e.categories.join('、'), set.categories.join('、')))
    }
    if (input.level && input.level !== e.level) {
      if (crossesCrisis(e.level, input.level) && caller.role !== 'head') {
        const req = requestApproval(caller, e, { kind: 'level', from: e.level, to: input.level }, e.level, now)
        Object.assign(set, req.set)
        history.push(...req.history)
        approval = req.approval
      } else {
        if (crossesCrisis(e.level, input.level)) ensureNoPending(e)
        set.level = input.level
        history.push(hist(by, 'level', now, e.level, input.level))
      }
    }
    return { set, history, approval }
  }, check)
}

/** 解除（辅导员须审批） */
export function applyKeycareClose(ctx: ChangeCtx, input: z.output<typeof keycareCloseInput>): Promise<EntryChangeOutcome> {
  const { caller, now } = ctx
  return changeOpenEntryCore(ctx, input.id, (e): EntryChange => {
    ensureNoPending(e)
    if (caller.role !== 'head') return requestApproval(caller, e, { kind: 'close', reason: input.reason }, e.status, now)
    return {
      set: { status: 'closed', closeReason: input.reason, closedAt: now },
      history: [hist(caller.person._id, 'close', now, e.status, 'closed')],
    }
  })
}

/** 转介（校心理中心或医院；转介日期不能晚于今天） */
export function applyKeycareRefer(ctx: ChangeCtx, input: z.output<typeof keycareReferInput>): Promise<EntryChangeOutcome> {
  const { caller, now } = ctx
  const check = () => {
    if (input.date > todayOf(now)) {
      throw new AppError('DATE.IN_FUTURE', '转介日期不能晚于今天', { fields: [{ path: 'date', message: '转介日期不能晚于今天' }] })
    }
  }
  return changeOpenEntryCore(ctx, input.id, (e): EntryChange => {
    const set: Partial<KeyCareDoc> = { status: 'referred', referral: { to: input.to, date: input.date, party: input.party } }
    if (input.to === 'center' && !e.centerReferredAt) set.centerReferredAt = now
    return { set, history: [hist(caller.person._id, 'refer', now, e.referral?.to ?? e.status, input.to)] }
  }, check)
}

export const keycareUpdate = defineAction(counselingContract['keycare.update'], async (ctx, input) => respond(ctx.db, ctx.now, await applyKeycareUpdate(ctx, input)))

export const keycareClose = defineAction(counselingContract['keycare.close'], async (ctx, input) => respond(ctx.db, ctx.now, await applyKeycareClose(ctx, input)))

export const keycareRefer = defineAction(counselingContract['keycare.refer'], async (ctx, input) => respond(ctx.db, ctx.now, await applyKeycareRefer(ctx, input)))
