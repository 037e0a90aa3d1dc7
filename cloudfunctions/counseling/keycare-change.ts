/**
 * 重点关注条目的变更动作：keycare.update / close / refer。规则（含站长审批）在 _lib/keycare/change.ts，研判会（ledger）也经那里生效。
 * 提交了审批申请时答复 APPROVAL.REQUIRED（details 带 approvalId；同一请求中无需审批的字段照常保存）。
 */
import type { KeyCareListItem } from '../../types/api/counseling'
import { AppError } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import { applyKeycareClose, applyKeycareRefer, applyKeycareUpdate, type EntryChangeOutcome } from '../_lib/keycare/change'
import type { Database } from '../_lib/sdk'
import { listItems } from './keycare-views'

/** 动作的答复：提交了审批申请时答复 APPROVAL.REQUIRED（其余字段已保存），否则返回新的列表项 */
async function respond(db: Database, now: Date, { entry, approval }: EntryChangeOutcome): Promise<KeyCareListItem> {
  if (approval) {
    throw new AppError('APPROVAL.REQUIRED', undefined, { details: { keyCareId: entry._id, approvalId: approval._id, kind: approval.kind } })
  }
  const [item] = await listItems(db, [entry], now)
  return item
}

export const keycareUpdate = defineAction(counselingContract['keycare.update'], async (ctx, input) => respond(ctx.db, ctx.now, await applyKeycareUpdate(ctx, input)))

export const keycareClose = defineAction(counselingContract['keycare.close'], async (ctx, input) => respond(ctx.db, ctx.now, await applyKeycareClose(ctx, input)))

export const keycareRefer = defineAction(counselingContract['keycare.refer'], async (ctx, input) => respond(ctx.db, ctx.now, await applyKeycareRefer(ctx, input)))
