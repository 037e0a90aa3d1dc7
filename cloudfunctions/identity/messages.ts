/** 站内消息（所有角色）：只能看到、标记自己的消息。 */
import { identitySchemas, type MessagesListOutput } from '../../types/api/identity'
import type { MessageDoc } from '../../types/models-observations'
import { COLLECTIONS } from '../_lib/collections'
import { defineAction } from '../_lib/handler'
import { fetchPage, unwrap } from '../_lib/dbops'
import { iso } from './util'

export const messagesList = defineAction({
  schema: identitySchemas['messages.list'],
  access: 'any',
  run: async ({ db, caller }, input): Promise<MessagesListOutput> => {
    const personId = caller.person._id
    const where: Record<string, unknown> = input.unreadOnly ? { personId, readAt: null } : { personId }
    const [page, unread] = await Promise.all([
      fetchPage<MessageDoc>(db, COLLECTIONS.messages, where, input.page, input.pageSize, ['createdAt', 'desc']),
      db.collection(COLLECTIONS.messages).where({ personId, readAt: null }).count(),
    ])
    return {
      ...page,
      unread: (unwrap(unread) as { total: number }).total,
      items: page.items.map((m) => ({
        _id: m._id,
        kind: m.kind,
        title: m.title,
        body: m.body,
        ...(m.link ? { link: m.link } : {}),
        createdAt: iso(m.createdAt)!,
        ...(m.readAt ? { readAt: iso(m.readAt) } : {}),
      })),
    }
  },
})

export const messagesRead = defineAction({
  schema: identitySchemas['messages.read'],
  access: 'any',
  run: async ({ db, caller, now }, input): Promise<{ updated: number }> => {
    const where: Record<string, unknown> = { personId: caller.person._id, readAt: null }
    if (!input.all) where._id = { $in: input.messageIds ?? [] }
    const res = unwrap(await db.collection(COLLECTIONS.messages).where(where).update({ readAt: now }))
    return { updated: (res as { updated?: number }).updated ?? 0 }
  },
})
