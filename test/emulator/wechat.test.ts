/**
 * 模拟器回答 wx-server-sdk 4.0.2 的 cloud.openapi.subscribeMessage.send：multipart 表单里的 protobuf 真解码，
 * 按微信规则校验字段并记发件箱。
 */
import cloud from 'wx-server-sdk'
import { decodeCommApiData, readProto, writeProto } from '../../emulator/wire'
import { startTestEnv, type TestEnv } from '../support/env'

let env: TestEnv
beforeAll(async () => {
  env = await startTestEnv()
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV } as never)
})
afterAll(() => env.close())

type Send = (p: Record<string, unknown>) => Promise<{ errCode: number; errMsg: string }>
const send: Send = (p) => (cloud as unknown as { openapi: { subscribeMessage: { send: Send } } }).openapi.subscribeMessage.send(p)
const data = { thing1: { value: '即时报告（危机）' }, phrase2: { value: '危机' }, time3: { value: '2026-10-21 12:00' } }

describe('模拟的微信订阅消息接口', () => {
  test('已订阅：送达并记入发件箱（参数为微信 HTTPS 接口的 snake_case）；一次订阅只能收一条', async () => {
    await env.subscribe('o-1', ['T-1'])
    const r = await send({ touser: 'o-1', templateId: 'T-1', page: 'pages/home/index', data, miniprogramState: 'formal', lang: 'zh_CN' })
    expect(r).toMatchObject({ errCode: 0 })
    await expect(send({ touser: 'o-1', templateId: 'T-1', data })).rejects.toMatchObject({ errCode: 43101 })
    const box = await env.outbox()
    expect(box.map((e) => [e.touser, e.templateId, e.errcode])).toEqual([['o-1', 'T-1', 0], ['o-1', 'T-1', 43101]])
    expect(box[0]).toMatchObject({ apiName: 'subscribeMessage.send', page: 'pages/home/index', data, miniprogramState: 'formal', lang: 'zh_CN' })
  })

  test('字段超出模板规则：47003（thing > 20 字、phrase 非 ≤ 5 个汉字）；缺 touser：40003', async () => {
    await env.subscribe('o-2', ['T-1'])
    await expect(send({ touser: 'o-2', templateId: 'T-1', data: { thing1: { value: '一'.repeat(21) } } })).rejects.toMatchObject({ errCode: 47003 })
    await expect(send({ touser: 'o-2', templateId: 'T-1', data: { phrase2: { value: '超时未确认了' } } })).rejects.toMatchObject({ errCode: 47003 })
    await expect(send({ touser: '', templateId: 'T-1', data })).rejects.toMatchObject({ errCode: 40003 })
    // 被拒的请求不消耗订阅额度
    expect(await send({ touser: 'o-2', templateId: 'T-1', data })).toMatchObject({ errCode: 0 })
  })

  test('protobuf：CommApiData 的 pairs 逐个解码为 JSON 值', () => {
    const pair = (k: string, v: unknown) => writeProto([[1, k], [2, Buffer.from(JSON.stringify(v))]])
    const buf = writeProto([[1, 1], [2, Buffer.concat([writeProto([[1, pair('touser', 'x')]]), writeProto([[1, pair('data', { a: 1 })]])])], [6, 'wxappid']])
    expect(decodeCommApiData(buf)).toEqual({ apiType: 1, appid: 'wxappid', params: { touser: 'x', data: { a: 1 } } })
    expect(readProto(writeProto([[3, 300]])).get(3)).toEqual([300])
  })
})
