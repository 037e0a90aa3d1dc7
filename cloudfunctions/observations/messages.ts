/**
 * 站内消息（每个角色都有）：message.list、message.read。只能读写本人的消息。
 */
import { messageListSchema, messageReadSchema, type MessageView, type Paged } from '../../types/api/observations'
import type { MessageDoc } from '../../types/models-observations'
import { COLLECTIONS } from '../_lib/collections'
import { unwrap, updateWhere } from '../_lib/dbops'
import { invalidField } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { iso } from './shared'

export const listMessages = defineAction({
  schema: messageListSchema,
  access: 'any',
  async run({ db, caller }, input): Promise<Paged<MessageView> & { unread: number }> {
    const mine = { personId: caller.person._id }
    const where = input.unreadOnly ? { ...mine, readAt: null } : mine
    const coll = db.collection(COLLECTIONS.messages)
    const [countRes, unreadRes, pageRes] = await Promise.all([
      coll.where(where).count(),
      coll.where({ ...mine, readAt: null }).count(),
      coll.where(where).orderBy('createdAt', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
    ])
    const items = (unwrap(pageRes).data as MessageDoc[]).map((m) => {
      const v: MessageView = { id: m._id, kind: m.kind, title: m.title, body: m.body, createdAt: iso(m.createdAt)!, read: !!m.readAt }
      if (m.link) v.link = m.link
      return v
    })
    return { total: unwrap(countRes).total ?? 0, unread: unwrap(unreadRes).total ?? 0, page: input.page, pageSize: input.pageSize, items }
  },
})

export const readMessages = defineAction({
  schema: messageReadSchema,
  access: 'any',
  async run({ db, caller, now }, input) {
    if (!input.all && !input.ids) throw invalidField('ids', '请指定要标记已读的消息')
    const _ = db.command
    const where: Record<string, unknown> = { personId: caller.person._id, readAt: null }
    if (!input.all) where._id = _.in(input.ids!)
    return { updated: await updateWhere(db, COLLECTIONS.messages, where, { readAt: now }) }
  },
})
