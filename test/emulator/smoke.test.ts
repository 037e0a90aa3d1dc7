import { ALL_COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { openidFromContext } from '../../cloudfunctions/_lib/handler'
import { callAs, startTestEnv, type TestEnv } from '../support/env'

let env: TestEnv
beforeAll(async () => { env = await startTestEnv() })
afterAll(() => env.close())

test('真实 SDK 经模拟器完成增删改查、计数与聚合', async () => {
  const c = env.db.collection(ALL_COLLECTIONS[0])
  const _ = env.db.command
  const { id } = await c.add({ name: '甲', n: 1, at: new Date('2026-01-01T00:00:00Z') })
  expect(id).toMatch(/^[0-9a-f]{32}$/)
  await c.add([{ name: '乙', n: 2 }, { name: '丙', n: 3 }])
  const got = await c.doc(id!).get()
  expect(got.data[0]).toMatchObject({ _id: id, name: '甲', n: 1 })
  expect(got.data[0].at).toBeInstanceOf(Date)
  expect((await c.where({ n: _.gte(2) }).count()).total).toBe(2)
  expect((await c.doc(id!).update({ n: _.inc(10) })).updated).toBe(1)
  expect((await c.doc(id!).get()).data[0].n).toBe(11)
  const agg = await c.aggregate().group({ _id: null, s: _.aggregate.sum('$n') }).end()
  expect(agg.data).toEqual([{ _id: null, s: 16 }])
  expect((await c.where({ name: '乙' }).remove()).deleted).toBe(1)
  const stats = await env.stats()
  expect(stats.byAction['database.insertDocument']).toBe(2)
})

test('callAs 把 openid 放进平台上下文', async () => {
  const main = async (_e: unknown, ctx: unknown) => ({ openid: openidFromContext(ctx) })
  expect(await callAs(main, 'o-1', {})).toEqual({ openid: 'o-1' })
  expect(await callAs(main, null, {})).toEqual({ openid: null })
})
