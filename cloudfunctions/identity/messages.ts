/** 站内消息（所有角色）：只能看到、标记自己的消息；wechat.subscribed 记下订阅额度。 */
import { type MessagesListOutput, type WechatSubscribedOutput } from '../../types/api/identity'
import type { MessageDoc } from '../../types/models-observations'
import { COLLECTIONS } from '../_lib/collections'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import { fetchPage, unwrap } from '../_lib/dbops'
import { undeliveredCount } from '../_lib/reach'
import { iso } from './util'

export const messagesList = defineAction(identityContract['messages.list'], async ({ db, caller }, input): Promise<MessagesListOutput> => {
    const personId = caller.person._id
    const where: Record<string, unknown> = input.unreadOnly ? { personId, readAt: null } : { personId }
    const [page, unread, undelivered] = await Promise.all([
      fetchPage<MessageDoc>(db, COLLECTIONS.messages, where, input.page, input.pageSize, ['createdAt', 'desc']),
      db.collection(COLLECTIONS.messages).where({ personId, readAt: null }).count(),
      undeliveredCount(db, personId),
    ])
    return {
      ...page,
      unread: (unwrap(unread) as { total: number }).total,
      undelivered,
      items: page.items.map((m) => ({
        _id: m._id,
        kind: m.kind,
        title: m.title,
        body: m.body,
        ...(m.link ? { link: m.link } : {}),
        createdAt: iso(m.createdAt)!,
        ...(m.readAt ? { readAt: iso(m.readAt) } : {}),
        ...(m.push ? { push: { state: m.push.state, ...(m.push.reason ? { reason: m.push.reason } : {}) } } : {}),
      })),
    }
  })

export const messagesRead = defineAction(identityContract['messages.read'], async ({ db, caller, now }, input): Promise<{ updated: number }> => {
    const where: Record<string, unknown> = { personId: caller.person._id, readAt: null }
    if (!input.all) where._id = { $in: input.messageIds ?? [] }
    const res = unwrap(await db.collection(COLLECTIONS.messages).where(where).update({ readAt: now }))
    return { updated: (res as { updated?: number }).updated ?? 0 }
  })

export const wechatSubscribed = defineAction(identityContract['wechat.subscribed'], async ({ db, caller }, input): Promise<WechatSubscribedOutput> => {
    const _ = db.command
    const inc: Record<string, unknown> = {}
    for (const key of new Set(input.accepted)) inc[`wechat.credits.${key}`] = _.inc(1)
    unwrap(await db.collection(COLLECTIONS.people).doc(caller.person._id).update(inc))
    const before = caller.person.wechat?.credits ?? { alert: 0, reminder: 0 }
    const credits = { alert: Math.max(0, before.alert ?? 0), reminder: Math.max(0, before.reminder ?? 0) }
    for (const key of new Set(input.accepted)) credits[key] += 1
    return { credits }
  })
