/**
 * 微信订阅消息：经真实的 wx-server-sdk（cloud.openapi.subscribeMessage.send）发到模拟器，断言微信收到的请求（发件箱）。
 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { resetFunctionEnv } from '../../../cloudfunctions/_lib/env'
import { clip, createNotifier, subscribeTemplateData, templateFor } from '../../../cloudfunctions/_lib/notify'
import { escalateAlerts } from '../../../cloudfunctions/jobs/escalate'
import { newKey, setupObservations, type ObsHarness } from './helpers'

let h: ObsHarness
let firstAlert = ''
const TEMPLATES = { XINQIAO_TEMPLATE_ALERT: 'tpl-alert', XINQIAO_TEMPLATE_REMINDER: 'tpl-reminder' }
function configure(on: boolean): void {
  for (const [k, v] of Object.entries(TEMPLATES)) {
    if (on) process.env[k] = v
    else delete process.env[k]
  }
  resetFunctionEnv()
}
beforeAll(async () => {
  h = await setupObservations()
})
afterAll(async () => {
  configure(false)
  await h.env.close()
})
beforeEach(async () => {
  await h.env.resetOutbox()
})

const message = async (id: string) => h.get(COLLECTIONS.messages, id)
const raise = (description: string, studentId?: string) =>
  h.ok('committeeA', 'alert.create', { level: 'crisis', description, idempotencyKey: newKey(), ...(studentId ? { studentId } : {}) })

describe('微信订阅消息', () => {
  test('即时报告推给已订阅的辅导员：touser、模板、页面与字段如微信所收；不含学生姓名', async () => {
    configure(true)
    h.at('2026-10-21T04:00:00Z')
    await h.env.subscribe(h.fx.openids.counselorA, ['tpl-alert'])
    const alert = await raise('在宿舍情绪崩溃，说不想活了，需要马上有人过去看看情况', h.fx.students.a1)
    const box = await h.env.outbox()
    const toCounselor = box.find((m) => m.touser === h.fx.openids.counselorA)!
    expect(toCounselor).toMatchObject({
      apiName: 'subscribeMessage.send',
      templateId: 'tpl-alert',
      page: `packages/counselor/pages/alerts/index?id=${alert.id}`,
      miniprogramState: 'formal',
      lang: 'zh_CN',
      errcode: 0,
      data: {
        thing1: { value: '即时报告（危机）' },
        phrase2: { value: '危机' },
        time3: { value: '2026-10-21 12:00' },
        thing4: { value: '辅导员须在 30 分钟内确认' },
      },
    })
    const student = h.fx.studentDocs.a1.name
    for (const entry of box) expect(JSON.stringify(entry.data)).not.toContain(student)
    const msg = await message(`alert:${alert.id}:${h.fx.personIds.counselorA}`)
    expect(msg.push).toMatchObject({ state: 'sent' })
    firstAlert = alert.id
  })

  test('送达时间线：产生、推送（或未送达的原因）、在心桥中看到、确认', async () => {
    h.at('2026-10-21T04:05:00Z')
    await h.ok('counselorA', 'alert.list', {})
    h.at('2026-10-21T04:06:00Z')
    await h.ok('counselorA', 'alert.ack', { alertId: firstAlert })
    const { events } = await h.ok('head', 'alert.timeline', { alertId: firstAlert })
    const kinds = events.map((e: { kind: string; who?: string }) => `${e.kind}:${e.who ?? ''}`)
    expect(kinds[0]).toMatch(/^raised:/)
    expect(events).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'pushed', who: expect.any(String), text: '告警已推送到微信' }),
      expect.objectContaining({ kind: 'not_pushed', text: '告警未推送到微信：对方未订阅或订阅次数已用完' }),
      expect.objectContaining({ kind: 'seen', at: '2026-10-21T04:05:00.000Z' }),
      expect.objectContaining({ kind: 'acked', at: '2026-10-21T04:06:00.000Z' }),
    ]))
    expect(kinds[kinds.length - 1]).toMatch(/^acked:/)
    expect((await h.call('otherHead', 'alert.timeline', { alertId: firstAlert })).error.code).toBe('NOT_FOUND')
  })

  test('未订阅（43101）：站内消息照常写入并标记未送达，计入收件人的失败；动作本身成功', async () => {
    configure(true)
    const alert = await raise('与室友冲突后离校未归')
    const box = await h.env.outbox()
    // 站长与两名辅导员都没有订阅额度（counselorA 上一条已用掉）
    expect(box.filter((m) => m.errcode === 43101).map((m) => m.touser)).toContain(h.fx.openids.head)
    const msg = await message(`alert:${alert.id}:${h.fx.personIds.head}`)
    expect(msg).toMatchObject({ kind: 'alert', readAt: null, push: { state: 'failed', errcode: 43101, reason: '对方未订阅或订阅次数已用完' } })
    const head = await h.get(COLLECTIONS.people, h.fx.personIds.head)
    expect(head.wechat).toMatchObject({ lastErrcode: 43101, failures: expect.any(Number) })
  })

  test('超时升级推给站长；重复运行不再推送', async () => {
    configure(true)
    h.at('2026-10-22T02:00:00Z')
    await escalateAlerts({ db: h.env.db, now: h.now() }) // 先前各条已超时的告警
    const alert = await raise('情绪低落，拒绝交流')
    await h.env.resetOutbox()
    await h.env.subscribe(h.fx.openids.head, ['tpl-alert'])
    await escalateAlerts({ db: h.env.db, now: new Date('2026-10-22T02:31:00Z') })
    await escalateAlerts({ db: h.env.db, now: new Date('2026-10-22T02:32:00Z') })
    const toHead = (await h.env.outbox()).filter((m) => m.touser === h.fx.openids.head && m.page.endsWith(alert.id))
    expect(toHead).toHaveLength(1)
    expect(toHead[0]).toMatchObject({
      templateId: 'tpl-alert',
      page: `packages/head/pages/alerts/index?id=${alert.id}`,
      errcode: 0,
      data: { thing1: { value: '即时报告超时未确认（危机）' }, phrase2: { value: '已升级' } },
    })
  })

  test('长期订阅模板不计次：同一人连续收到多条', async () => {
    configure(true)
    process.env.XINQIAO_TEMPLATE_ALERT_LONG_TERM = '1'
    resetFunctionEnv()
    await h.env.subscribe(h.fx.openids.counselorB, ['tpl-alert'], true)
    const n = createNotifier(h.env.db, h.now())
    for (const i of [1, 2, 3]) await n.send([h.fx.personIds.counselorB], { kind: 'alert', title: `即时报告 ${i}`, body: '…', dedupeKey: `lt:${i}` })
    const box = (await h.env.outbox()).filter((m) => m.touser === h.fx.openids.counselorB)
    expect(box.map((m) => m.errcode)).toEqual([0, 0, 0])
    delete process.env.XINQIAO_TEMPLATE_ALERT_LONG_TERM
  })

  test('没有模板 id：只写站内消息（标记“微信提醒未配置”），不调用微信', async () => {
    configure(false)
    const alert = await raise('夜不归宿')
    expect(await h.env.outbox()).toEqual([])
    const msg = await message(`alert:${alert.id}:${h.fx.personIds.counselorA}`)
    expect(msg.push).toMatchObject({ state: 'unconfigured' })
  })

  test('没有 openid 的收件人：不调用微信，站内消息标记未送达', async () => {
    configure(true)
    await h.env.db.collection(COLLECTIONS.people).add({ _id: 'p-no-openid', openid: '', name: '无微信', createdAt: h.now() })
    const r = await createNotifier(h.env.db, h.now()).send(['p-no-openid'], { kind: 'reminder', title: '请提交第8周班级心理周报', body: '…', dedupeKey: 'no-openid' })
    expect(r).toMatchObject({ sent: 1, undelivered: 1 })
    expect(await h.env.outbox()).toEqual([])
    expect((await message('no-openid:p-no-openid')).push).toMatchObject({ state: 'failed', reason: '没有微信身份' })
  })

  test('字段按微信的长度规则截断：超长事项与提示不会被微信拒收（47003）', async () => {
    configure(true)
    await h.env.subscribe(h.fx.openids.counselorB, ['tpl-reminder'])
    const long = '一二三四五六七八九十一二三四五六七八九十超出的部分'
    const m = { kind: 'followup' as const, title: long, body: '…', dedupeKey: 'long', push: { subject: long, phrase: '需要尽快跟进处理', note: long } }
    const data = subscribeTemplateData(m, h.now())
    expect([...data.thing1.value]).toHaveLength(20)
    expect(data.phrase2.value).toBe('需要尽快跟')
    await createNotifier(h.env.db, h.now()).send([h.fx.personIds.counselorB], m)
    const [entry] = (await h.env.outbox()).filter((e) => e.touser === h.fx.openids.counselorB)
    expect(entry).toMatchObject({ templateId: 'tpl-reminder', errcode: 0 })
    expect(clip('短', 20)).toBe('短')
  })

  test('模板：提醒与逾期跟进用提醒模板，告警与升级用告警模板，其余只发站内消息', () => {
    const env = { local: true, templates: { reminder: 'r', alert: 'a' }, longTerm: { reminder: false, alert: false }, envId: 'local' }
    expect(templateFor('followup', env)).toBe('r')
    expect(templateFor('escalation', env)).toBe('a')
    expect(templateFor('returned', env)).toBe('')
  })
})
