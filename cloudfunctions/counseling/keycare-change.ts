/**
 * 重点关注条目的变更：等级/跟进日期/类别、解除、转介。
 * 辅导员把等级调入或调出“危机”、以及解除条目，须站长审批：提交审批申请后答复 APPROVAL.REQUIRED
 * （details 带 approvalId；同一请求中无需审批的字段照常保存）。站长本人操作直接生效。
 */
import { keycareCloseInput, keycareReferInput, keycareUpdateInput } from '../../types/api/counseling'
import type { ConcernCategory } from '../../types/domain'
import type { ApprovalDoc, ApprovalPayload, KeyCareDoc, KeyCareHistoryEntry } from '../../types/models-counseling'
import type { Caller } from '../_lib/access'
import { AppError, invalidField } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { newId, todayOf } from './common'
import { crossesCrisis, ensureNoPending, ensureOpen, hist, listItems, loadEntryInScope, mutateEntry, type EntryChange } from './keycare-core'

function newApproval(caller: Caller, e: KeyCareDoc, payload: ApprovalPayload, now: Date): ApprovalDoc {
  return {
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
}

const sameSet = (a: ConcernCategory[], b: ConcernCategory[]) => a.length === b.length && a.every((x) => b.includes(x))

export const keycareUpdate = defineAction({
  schema: keycareUpdateInput,
  access: ['counselor', 'head'],
  async run({ db, caller, now }, input) {
    const current = await loadEntryInScope(db, caller, input.id)
    ensureOpen(current)
    if (input.nextFollowUp && input.nextFollowUp < todayOf(now)) throw invalidField('nextFollowUp', '下次跟进日期不能早于今天')
    const by = caller.person._id
    const { entry, approval } = await mutateEntry(db, current._id, now, (e): EntryChange => {
      ensureOpen(e)
      const set: Partial<KeyCareDoc> = {}
      const history: KeyCareHistoryEntry[] = []
      let approvalDoc: ApprovalDoc | undefined
      if (input.nextFollowUp && input.nextFollowUp !== e.nextFollowUp) {
        set.nextFollowUp = input.nextFollowUp
        history.push(hist(by, 'follow_up', now, e.nextFollowUp, input.nextFollowUp))
      }
      if (input.categories && !sameSet(input.categories, e.categories)) {
        set.categories = [...new Set(input.categories)]
        history.push(hist(by, 'categories', now, e.categories.join('、'), set.categories.join('、')))
      }
      if (input.level && input.level !== e.level) {
        if (crossesCrisis(e.level, input.level) && caller.role !== 'head') {
          ensureNoPending(e)
          approvalDoc = newApproval(caller, e, { kind: 'level', from: e.level, to: input.level }, now)
          set.pendingApprovalId = approvalDoc._id
          history.push(hist(by, 'approval_requested', now, e.level, 'level'))
        } else {
          if (crossesCrisis(e.level, input.level)) ensureNoPending(e)
          set.level = input.level
          history.push(hist(by, 'level', now, e.level, input.level))
        }
      }
      return { set, history, approval: approvalDoc }
    })
    if (approval) {
      throw new AppError('APPROVAL.REQUIRED', undefined, { details: { keyCareId: entry._id, approvalId: approval._id, kind: approval.kind } })
    }
    const [item] = await listItems(db, [entry], now)
    return item
  },
})

export const keycareClose = defineAction({
  schema: keycareCloseInput,
  access: ['counselor', 'head'],
  async run({ db, caller, now }, input) {
    const current = await loadEntryInScope(db, caller, input.id)
    ensureOpen(current)
    const by = caller.person._id
    const { entry, approval } = await mutateEntry(db, current._id, now, (e): EntryChange => {
      ensureOpen(e)
      ensureNoPending(e)
      if (caller.role !== 'head') {
        const a = newApproval(caller, e, { kind: 'close', reason: input.reason }, now)
        return { set: { pendingApprovalId: a._id }, history: [hist(by, 'approval_requested', now, e.status, 'close')], approval: a }
      }
      return {
        set: { status: 'closed', closeReason: input.reason, closedAt: now },
        history: [hist(by, 'close', now, e.status, 'closed')],
      }
    })
    if (approval) {
      throw new AppError('APPROVAL.REQUIRED', undefined, { details: { keyCareId: entry._id, approvalId: approval._id, kind: approval.kind } })
    }
    const [item] = await listItems(db, [entry], now)
    return item
  },
})

export const keycareRefer = defineAction({
  schema: keycareReferInput,
  access: ['counselor', 'head'],
  async run({ db, caller, now }, input) {
    const current = await loadEntryInScope(db, caller, input.id)
    ensureOpen(current)
    if (input.date > todayOf(now)) {
      throw new AppError('DATE.IN_FUTURE', '转介日期不能晚于今天', { fields: [{ path: 'date', message: '转介日期不能晚于今天' }] })
    }
    const { entry } = await mutateEntry(db, current._id, now, (e): EntryChange => {
      ensureOpen(e)
      const set: Partial<KeyCareDoc> = { status: 'referred', referral: { to: input.to, date: input.date, party: input.party } }
      if (input.to === 'center' && !e.centerReferredAt) set.centerReferredAt = now
      return { set, history: [hist(caller.person._id, 'refer', now, e.referral?.to ?? e.status, input.to)] }
    })
    const [item] = await listItems(db, [entry], now)
    return item
  },
})
