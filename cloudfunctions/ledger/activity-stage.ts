/**
 * 宣教活动的阶段：计划 → 已开展（参与人数、最多 9 张照片、签到表扫描件，上传到云存储后交回文件 id）→ 已总结。
 * 只进不退：回到或停在已过的阶段答复 ACTIVITY.STAGE_BACKWARDS，跳过“已开展”答复 STATE.INVALID_TRANSITION。
 * 照片或签到表有一个被拒（类型、大小、第 10 张），这次交回的文件一个也不留，活动保持原样。
 */
import { stageMove } from '../../domain/ledger/activities'
import { type ActivityView } from '../../types/api/ledger'
import type { FileDoc } from '../../types/files'
import type { ActivityDoc, ActivityStage } from '../../types/models-ledger'
import { COLLECTIONS } from '../_lib/collections'
import { AppError } from '../_lib/errors'
import { acceptUpload, discardFile, discardPendingUploads } from '../_lib/files'
import { defineAction, type ActionContext } from '../_lib/handler'
import { ledgerContract } from '../../types/api/ledger.contract'
import type { Caller } from '../_lib/access'
import { updateWhere } from '../_lib/dbops'
import { activityView, loadActivity } from './activities'

export const MAX_PHOTOS = 9

function checkMove(a: ActivityDoc, to: ActivityStage): void {
  const move = stageMove(a.stage, to)
  if (move === 'backwards') throw new AppError('ACTIVITY.STAGE_BACKWARDS')
  if (move === 'skip') throw new AppError('STATE.INVALID_TRANSITION', '活动须先登记开展情况，才能写总结')
}

/** 逐个接收；任何一个被拒，已接收的与未处理的都删掉再抛出 */
async function acceptAll(ctx: ActionContext & { caller: Caller }, fileIDs: string[]): Promise<FileDoc[]> {
  const accepted: FileDoc[] = []
  for (const [i, id] of fileIDs.entries()) {
    try {
      accepted.push((await acceptUpload(ctx, 'activity', id)).file)
    } catch (err) {
      for (const f of accepted) await discardFile(ctx.db, f)
      await discardPendingUploads(ctx, 'activity', fileIDs.slice(i + 1))
      throw err
    }
  }
  return accepted
}

export const activityHold = defineAction(ledgerContract['activity.hold'], async (ctx, input): Promise<ActivityView> => {
    const { db, caller, now } = ctx
    const all = [...input.photoIds, ...(input.signSheetId ? [input.signSheetId] : [])]
    let a: ActivityDoc
    try {
      a = await loadActivity(db, caller, input.id)
      checkMove(a, 'held')
      if (input.photoIds.length > MAX_PHOTOS) throw new AppError('FILE.TOO_MANY')
    } catch (err) {
      await discardPendingUploads(ctx, 'activity', all)
      throw err
    }
    const files = await acceptAll(ctx, all)
    const photoIds = files.slice(0, input.photoIds.length).map((f) => f._id)
    const signSheetId = input.signSheetId ? files[files.length - 1]._id : undefined
    const set = { stage: 'held' as const, participants: input.participants, photoIds, ...(signSheetId ? { signSheetId } : {}), heldAt: now, updatedAt: now }
    // 条件更新：并发的两次“已开展”只有一次生效，另一次的文件不留
    if ((await updateWhere(db, COLLECTIONS.activities, { _id: a._id, stage: 'planned' }, set)) === 0) {
      for (const f of files) await discardFile(db, f)
      throw new AppError('ACTIVITY.STAGE_BACKWARDS')
    }
    return activityView({ ...a, ...set })
  })

export const activitySummarise = defineAction(ledgerContract['activity.summarise'], async ({ db, caller, now }, input): Promise<ActivityView> => {
    const a = await loadActivity(db, caller, input.id)
    checkMove(a, 'summarised')
    const set = { stage: 'summarised' as const, summary: input.summary, effect: input.effect, summarisedAt: now, updatedAt: now }
    if ((await updateWhere(db, COLLECTIONS.activities, { _id: a._id, stage: 'held' }, set)) === 0) throw new AppError('ACTIVITY.STAGE_BACKWARDS')
    return activityView({ ...a, ...set })
  })
