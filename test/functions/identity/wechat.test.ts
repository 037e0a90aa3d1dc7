/** 订阅额度与消息的送达标记（identity：wechat.subscribed、messages.list） */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { resetFunctionEnv } from '../../../cloudfunctions/_lib/env'
import { createNotifier } from '../../../cloudfunctions/_lib/notify'
import { FIXTURE_NOW } from '../../support/fixtures'
import { useIdentityEnv } from './helpers'

const t = useIdentityEnv()

afterAll(() => {
  delete process.env.XINQIAO_TEMPLATE_ALERT
  resetFunctionEnv()
})

describe('微信订阅', () => {
  test('接受订阅后额度加一；推送成功用掉一条，之后未订阅的推送标为未送达并计数', async () => {
    const r = await t.call(t.f.openids.counselorA, 'wechat.subscribed', { accepted: ['alert'] })
    expect(r).toMatchObject({ ok: true, data: { credits: { alert: 1, reminder: 0 } } })
    process.env.XINQIAO_TEMPLATE_ALERT = 'tpl-alert'
    resetFunctionEnv()
    await t.env.subscribe(t.f.openids.counselorA, ['tpl-alert'])
    const n = createNotifier(t.env.db, FIXTURE_NOW)
    const person = t.f.personIds.counselorA
    await n.send([person], { kind: 'alert', title: '即时报告（危机）', body: '…', dedupeKey: 'wx-1' })
    let doc = (await t.env.db.collection(COLLECTIONS.people).doc(person).get()).data[0]
    expect(doc.wechat.credits.alert).toBe(0)
    await n.send([person], { kind: 'alert', title: '即时报告（危机）', body: '…', dedupeKey: 'wx-2' })
    doc = (await t.env.db.collection(COLLECTIONS.people).doc(person).get()).data[0]
    expect(doc.wechat).toMatchObject({ lastErrcode: 43101, failures: 1 })

    const list = await t.call(t.f.openids.counselorA, 'messages.list', {})
    expect(list.data).toMatchObject({ unread: 2, undelivered: 1 })
    const byId = Object.fromEntries(list.data.items.map((m: { _id: string }) => [m._id, m]))
    expect(byId[`wx-1:${person}`].push).toEqual({ state: 'sent' })
    expect(byId[`wx-2:${person}`].push).toEqual({ state: 'failed', reason: '对方未订阅或订阅次数已用完' })
  })

  test('只接受已知的模板', async () => {
    const r = await t.call(t.f.openids.head, 'wechat.subscribed', { accepted: ['other'] })
    expect(r.error.code).toBe('INPUT.INVALID')
  })
})
