/**
 * 重点关注条目的变更规则：等级/跟进日期/类别、解除、转介（counseling 的同名动作与 ledger 研判会的结论共用，审批规则只在这里）。
 * 辅导员把等级调入或调出“危机”、以及解除条目，须站长审批：生成审批申请并挂到条目上（同一请求中无需审批的字段照常保存）。
 * 站长本人操作直接生效。
 */
import type { z } from 'zod'
import { shanghaiDate } from '../../../domain/calendar'
import { followUpDue, type FollowUpTalk } from '../../../domain/followup'
import { crossesCrisis } from '../../../domain/levels'
import type { keycareCloseInput, keycareReferInput, keycareUpdateInput } from '../../../types/api/counseling'
import type { ConcernCategory } from '../../../types/domain'
import type { ApprovalDoc, ApprovalPayload, KeyCareDoc, KeyCareHistoryEntry } from '../../../types/models-counseling'
import type { Caller } from '../access'
import { newId } from '../docs'
import { AppError, invalidField } from '../errors'
import { talkFactsByStudent } from '../followups'
import type { Database } from '../sdk'
import { ensureNoPending, ensureOpen, hist, loadEntryInScope, mutateEntry, type EntryChange } from './entry'

export type UpdateInput = z.output<typeof keycareUpdateInput>
export type CloseInput = z.output<typeof keycareCloseInput>
export type ReferInput = z.output<typeof keycareReferInput>

/**
 * 需站长审批的变更：生成审批申请，挂到条目上（pendingApprovalId）并记一条 approval_requested 历史。
 * 条目已有待审批申请时抛 STATE.INVALID_TRANSITION。返回的 approval 随变更一起写入。
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

const sameSet = (a: ConcernCategory[], b: ConcernCategory[]) => a.length === b.length && a.every((x) => b.includes(x))

/** 等级/跟进日期/类别的变更（talks：该生谈话里的“下次跟进”，用于与当前有效的日期比较） */
export const updateChange = (caller: Caller, now: Date, input: Omit<UpdateInput, 'id'>, talks: readonly FollowUpTalk[] = []) =>
  (e: KeyCareDoc): EntryChange => {
    const by = caller.person._id
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
  }

/** 解除（辅导员须审批） */
export const closeChange = (caller: Caller, now: Date, reason: CloseInput['reason']) =>
  (e: KeyCareDoc): EntryChange => {
    ensureNoPending(e)
    if (caller.role !== 'head') return requestApproval(caller, e, { kind: 'close', reason }, e.status, now)
    return {
      set: { status: 'closed', closeReason: reason, closedAt: now },
      history: [hist(caller.person._id, 'close', now, e.status, 'closed')],
    }
  }

/** 转介（校心理中心或医院） */
export const referChange = (caller: Caller, now: Date, input: Omit<ReferInput, 'id'>) =>
  (e: KeyCareDoc): EntryChange => {
    const set: Partial<KeyCareDoc> = { status: 'referred', referral: { to: input.to, date: input.date, party: input.party } }
    if (input.to === 'center' && !e.centerReferredAt) set.centerReferredAt = now
    return { set, history: [hist(caller.person._id, 'refer', now, e.referral?.to ?? e.status, input.to)] }
  }

/** 只对未解除的条目生效（事务内重新确认） */
export const whileOpen = (build: (e: KeyCareDoc) => EntryChange) => (e: KeyCareDoc): EntryChange => {
  ensureOpen(e)
  return build(e)
}

type ChangeCtx = { db: Database; caller: Caller; now: Date }

/** 一次变更的结果：变更后的条目，以及（需站长审批时）随之提交的审批申请 */
export interface EntryChangeOutcome {
  entry: KeyCareDoc
  approval?: ApprovalDoc
}

/**
 * 修改一个范围内、未解除的条目：先读出并检查（越权/不存在 NOT_FOUND，已解除 STATE.INVALID_TRANSITION，再做 check 里的输入检查），
 * 然后在事务中重新确认未解除并应用 build 的变更。
 */
async function changeOpenEntry(
  { db, caller, now }: ChangeCtx,
  entryId: string,
  build: (e: KeyCareDoc) => EntryChange,
  check: () => void = () => undefined,
): Promise<EntryChangeOutcome> {
  const current = await loadEntryInScope(db, caller, entryId)
  ensureOpen(current)
  check()
  return mutateEntry(db, current._id, now, whileOpen(build))
}

/** 更新等级/跟进日期/类别（辅导员调入或调出“危机”须审批） */
export async function applyKeycareUpdate(ctx: ChangeCtx, input: UpdateInput): Promise<EntryChangeOutcome> {
  const check = () => {
    if (input.nextFollowUp && input.nextFollowUp < shanghaiDate(ctx.now)) throw invalidField('nextFollowUp', '下次跟进日期不能早于今天')
  }
  // 之后的谈话可能已改了下次跟进（domain/followup.ts）：与当前有效的日期比较，不同就记一次设定
  let talks: FollowUpTalk[] = []
  if (input.nextFollowUp) {
    const current = await loadEntryInScope(ctx.db, ctx.caller, input.id)
    talks = (await talkFactsByStudent(ctx.db, null, [current.studentId])).followUps.get(current.studentId) ?? []
  }
  return changeOpenEntry(ctx, input.id, updateChange(ctx.caller, ctx.now, input, talks), check)
}

/** 解除（辅导员须审批） */
export function applyKeycareClose(ctx: ChangeCtx, input: CloseInput): Promise<EntryChangeOutcome> {
  return changeOpenEntry(ctx, input.id, closeChange(ctx.caller, ctx.now, input.reason))
}

/** 转介（转介日期不能晚于今天） */
export function applyKeycareRefer(ctx: ChangeCtx, input: ReferInput): Promise<EntryChangeOutcome> {
  const check = () => {
    if (input.date > shanghaiDate(ctx.now)) {
      throw new AppError('DATE.IN_FUTURE', '转介日期不能晚于今天', { fields: [{ path: 'date', message: '转介日期不能晚于今天' }] })
    }
  }
  return changeOpenEntry(ctx, input.id, referChange(ctx.caller, ctx.now, input), check)
}
