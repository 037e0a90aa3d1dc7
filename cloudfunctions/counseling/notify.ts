/**
 * counseling 的消息出口（退回、中心反馈、审批结果），经共享的 Notifier 发送。
 * 消息是提醒而不是业务数据：发送失败只记日志，不影响已完成的业务写入。
 */
import type { MessageKind } from '../../types/models-observations'
import type { ActionContext } from '../_lib/handler'
import { notify } from '../_lib/notify'

export interface CounselingMessage {
  kind: Extract<MessageKind, 'returned' | 'feedback' | 'approval'>
  title: string
  body: string
  link?: string
  dedupeKey?: string
}

export async function notifyPeople(ctx: Pick<ActionContext, 'db' | 'now'>, personIds: string[], msg: CounselingMessage): Promise<void> {
  const ids = [...new Set(personIds.filter(Boolean))]
  if (ids.length === 0) return
  try {
    await notify(ctx.db, ctx.now, ids, { ...msg, title: msg.title.slice(0, 60), body: msg.body.slice(0, 200) })
  } catch (err) {
    console.error('[xinqiao] notify failed', (err as Error).message)
  }
}
