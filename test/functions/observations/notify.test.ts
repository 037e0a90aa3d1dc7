import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { createNotifier, InAppNotifier, subscribeTemplateData, templateFor } from '../../../cloudfunctions/_lib/notify'
import { startTestEnv, type TestEnv } from '../../support/env'

let env: TestEnv
beforeAll(async () => {
  env = await startTestEnv()
})
afterAll(() => env.close())

const now = new Date('2026-10-25T10:00:00Z')
const LOCAL = { local: true, templates: { reminder: 'tpl-r', alert: 'tpl-a' } }
const CLOUD = { local: false, templates: { reminder: 'tpl-r', alert: 'tpl-a' } }
const messages = async (personId: string) => (await env.db.collection(COLLECTIONS.messages).where({ personId }).get()).data

describe('通知', () => {
  test('本地模式只写站内消息；同一去重键对同一人只发一次', async () => {
    const n = createNotifier(env.db, now, LOCAL)
    expect(n).toBeInstanceOf(InAppNotifier)
    const m = { kind: 'reminder' as const, title: '请提交第7周周报', body: '截止 10月25日 22:00', link: '/pages/home/index', dedupeKey: 'reminder:t:7' }
    expect(await n.send(['p1', 'p2', 'p1'], m)).toMatchObject({ sent: 2, skipped: 0 })
    expect(await n.send(['p1', 'p3'], m)).toMatchObject({ sent: 1, skipped: 1, sentTo: ['p3'] })
    const mine = await messages('p1')
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ _id: 'reminder:t:7:p1', kind: 'reminder', readAt: null, link: '/pages/home/index' })
  })

  test('线上模式：订阅消息发送失败（如用户未订阅）不影响站内消息，也不抛出', async () => {
    await env.db.collection(COLLECTIONS.people).add({ _id: 'p9', openid: 'o9', name: '测试', createdAt: now })
    await env.resetStats()
    const r = await createNotifier(env.db, now, CLOUD).send(['p9'], { kind: 'alert', title: '即时报告：危机', body: '请立即确认', dedupeKey: 'alert:x' })
    expect(r.sent).toBe(1)
    expect(await messages('p9')).toHaveLength(1)
    // 经 node-sdk 的 callWxOpenApi 发出了一次云调用（模拟器不支持 wx.api，返回错误）
    expect((await env.stats()).byAction['wx.api']).toBe(1)
    // 重复触发：站内消息已存在，不再推送订阅消息
    await env.resetStats()
    expect((await createNotifier(env.db, now, CLOUD).send(['p9'], { kind: 'alert', title: 't', body: 'b', dedupeKey: 'alert:x' })).sent).toBe(0)
    expect((await env.stats()).byAction['wx.api']).toBeUndefined()
  })

  test('模板：提醒用周报提醒模板，告警与升级用告警模板，其余只发站内消息；字段按模板长度截断', () => {
    expect(templateFor('reminder', CLOUD)).toBe('tpl-r')
    expect(templateFor('escalation', CLOUD)).toBe('tpl-a')
    expect(templateFor('returned', CLOUD)).toBe('')
    const data = subscribeTemplateData({ kind: 'alert', title: '一二三四五六七八九十一二三四五六七八九十超出', body: '短' }, now)
    expect(data.thing1.value).toHaveLength(20)
    expect(data.time3.value).toBe('2026-10-25 18:00')
  })
})
