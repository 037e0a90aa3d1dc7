/**
 * 微信可达性：订阅额度与推送失败（写入见 _lib/notify.ts 与 identity 的 wechat.subscribed）。
 * 不引入 wx-server-sdk：只读 people.wechat 与消息的 push 字段，任何函数都可用。
 */
import type { WechatReachView } from '../../types/api/workbench'
import type { PersonDoc } from '../../types/models'
import { COLLECTIONS } from './collections'
import { unwrap } from './dbops'
import type { FunctionEnv } from './env'
import type { Database } from './sdk'

/** 一个人能否收到即时报告的微信提醒 */
export function reachOf(person: Pick<PersonDoc, 'wechat'>, env: FunctionEnv): WechatReachView {
  const w = person.wechat
  const view: WechatReachView = {
    configured: !!env.templates.alert,
    alertCredits: env.longTerm.alert ? null : Math.max(0, w?.credits?.alert ?? 0),
  }
  const failedAt = w?.lastFailedAt ? new Date(w.lastFailedAt).getTime() : 0
  const sentAt = w?.lastSentAt ? new Date(w.lastSentAt).getTime() : 0
  if (failedAt > sentAt) view.lastFailure = w?.lastErrcode === 43101 ? '未订阅或订阅次数已用完' : `推送失败（${w?.lastErrcode ?? '未知错误'}）`
  return view
}

/** 收不到提醒的原因；能收到为 null */
export function unreachableReason(reach: WechatReachView): string | null {
  if (!reach.configured) return null
  if (reach.lastFailure) return `最近一次推送失败：${reach.lastFailure}`
  if (reach.alertCredits !== null && reach.alertCredits <= 0) return '没有订阅额度（需在心桥里点“在微信中接收通知”）'
  return null
}

/** 我的未读站内消息中，推送到微信未送达的条数 */
export async function undeliveredCount(db: Database, personId: string): Promise<number> {
  const _ = db.command
  const res = await db.collection(COLLECTIONS.messages).where({ personId, readAt: null, 'push.state': _.in(['failed', 'unconfigured']) }).count()
  return unwrap(res).total ?? 0
}

/** 首页的消息角标：未读条数与其中未送达微信的条数（一次读取，最多数到 UNREAD_CAP） */
export const UNREAD_CAP = 99
export async function unreadSummary(db: Database, personId: string): Promise<{ unread: number; undelivered: number }> {
  const res = await db.collection(COLLECTIONS.messages).where({ personId, readAt: null }).field({ push: true }).limit(UNREAD_CAP + 1).get()
  const rows = unwrap(res).data as Array<{ push?: { state?: string } }>
  return { unread: rows.length, undelivered: rows.filter((m) => m.push && m.push.state !== 'sent').length }
}
