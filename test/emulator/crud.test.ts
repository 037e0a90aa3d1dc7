/** 每个数据库动作经真实 SDK 的行为（结果形态按 node-sdk 文档：get→{data:[]}, add→{id}, count→{total}…） */
import { startTestEnv, type TestEnv } from '../support/env'

let env: TestEnv
let n = 0
beforeAll(async () => { env = await startTestEnv() })
afterAll(() => env.close())

/** 每个用例一个新集合 */
async function fresh() {
  const name = `crud_${++n}`
  await env.db.createCollection(name)
  return env.db.collection(name)
}

test('add 生成 32 位十六进制 _id，批量 add 返回 ids，doc().get() 返回数组', async () => {
  const c = await fresh()
  const { id } = await c.add({ a: 1 })
  expect(id).toMatch(/^[0-9a-f]{32}$/)
  const { ids } = await c.add([{ a: 2 }, { _id: 'mine', a: 3 }])
  expect(ids).toHaveLength(2)
  expect(ids![1]).toBe('mine')
  expect((await c.doc('mine').get()).data).toEqual([{ _id: 'mine', a: 3 }])
  expect((await c.doc('missing').get()).data).toEqual([])
})

test('类型往返：日期、嵌套对象、数组、null、小数、serverDate', async () => {
  const c = await fresh()
  const before = Date.now()
  const { id } = await c.add({ d: new Date('2026-11-21T01:02:03.004Z'), o: { p: [1, { q: 'x' }] }, z: null, f: 1.5, s: env.db.serverDate(), s2: env.db.serverDate({ offset: 60_000 }) })
  const [doc] = (await c.doc(id!).get()).data
  expect(doc.d).toEqual(new Date('2026-11-21T01:02:03.004Z'))
  expect(doc.o).toEqual({ p: [1, { q: 'x' }] })
  expect(doc.z).toBeNull()
  expect(doc.f).toBe(1.5)
  expect(doc.s).toBeInstanceOf(Date)
  expect(doc.s.getTime()).toBeGreaterThanOrEqual(before - 5)
  expect(doc.s2.getTime() - doc.s.getTime()).toBe(60_000)
})

test('where 支持 command 与 Mongo $ 写法、嵌套对象按点路径、正则、orderBy/skip/limit/field', async () => {
  const c = await fresh()
  const _ = env.db.command
  await c.add(Array.from({ length: 10 }, (_x, i) => ({ i, g: i % 2 ? 'odd' : 'even', m: { k: i % 3 }, name: `n${i}` })))
  expect((await c.where({ i: _.gt(2).and(_.lte(5)) }).get()).data.map((d) => d.i)).toEqual([3, 4, 5])
  expect((await c.where({ i: { $in: [1, 9] } }).get()).data.map((d) => d.i)).toEqual([1, 9])
  expect((await c.where({ m: { k: 0 } }).count()).total).toBe(4)
  expect((await c.where({ name: /N[12]$/i }).count()).total).toBe(2)
  expect((await c.where(_.or([{ i: 0 }, { g: 'odd', i: _.gte(7) }])).get()).data.map((d) => d.i)).toEqual([0, 7, 9])
  const page = await c.where({ g: 'even' }).orderBy('i', 'desc').skip(1).limit(2).field({ i: true }).get()
  expect(page.data).toEqual([{ _id: expect.any(String), i: 6 }, { _id: expect.any(String), i: 4 }])
  const two = await c.orderBy('m.k', 'asc').orderBy('i', 'desc').limit(3).get()
  expect(two.data.map((d) => d.i)).toEqual([9, 6, 3])
  expect((await c.where({ i: _.exists(true), nope: _.exists(false) }).count()).total).toBe(10)
})

test('doc().update 的操作符：set/inc/push/pull/addToSet/remove，嵌套对象合并', async () => {
  const c = await fresh()
  const _ = env.db.command
  await c.add({ _id: 'u', n: 1, tags: ['a', 'b'], o: { x: 1, y: 2 }, gone: true })
  const r = await c.doc('u').update({ n: _.inc(2), tags: _.push(['c']), o: { x: 9 }, gone: _.remove(), added: _.set({ k: 1 }) })
  expect(r.updated).toBe(1)
  await c.doc('u').update({ tags: _.pull('a') })
  await c.doc('u').update({ tags: _.addToSet('b') })
  await c.doc('u').update({ tags: _.addToSet('d') })
  expect((await c.doc('u').get()).data[0]).toEqual({ _id: 'u', n: 3, tags: ['b', 'c', 'd'], o: { x: 9, y: 2 }, added: { k: 1 } })
  expect((await c.doc('nope').update({ n: 1 })).updated).toBe(0)
})

test('没有实际变化的更新 updated 为 0（与 MongoDB 的 modifiedCount 相同）', async () => {
  const c = await fresh()
  await c.add({ _id: 's', n: 1 })
  expect((await c.doc('s').update({ n: 1 })).updated).toBe(0)
})

test('doc().set 整体替换，文档不存在时插入（upsertedId）', async () => {
  const c = await fresh()
  await c.add({ _id: 'r', a: 1, b: 2 })
  const replaced = await c.doc('r').set({ c: 3 })
  expect(replaced.updated).toBe(1)
  expect((await c.doc('r').get()).data[0]).toEqual({ _id: 'r', c: 3 })
  const created = await c.doc('new').set({ c: 4 })
  expect(created.upsertedId).toBe('new')
  expect((await c.doc('new').get()).data[0]).toEqual({ _id: 'new', c: 4 })
})

test('where().update/remove 默认作用于全部匹配文档', async () => {
  const c = await fresh()
  await c.add([{ k: 1 }, { k: 1 }, { k: 2 }])
  expect((await c.where({ k: 1 }).update({ seen: true })).updated).toBe(2)
  expect((await c.where({ seen: true }).count()).total).toBe(2)
  expect((await c.where({ k: env.db.command.gte(1) }).remove()).deleted).toBe(3)
  expect((await c.count()).total).toBe(0)
})

test('doc().remove 只删一条', async () => {
  const c = await fresh()
  await c.add([{ _id: 'x' }, { _id: 'y' }])
  expect((await c.doc('x').remove()).deleted).toBe(1)
  expect((await c.doc('x').remove()).deleted).toBe(0)
  expect((await c.count()).total).toBe(1)
})

test('updateAndReturn 更新第一条匹配文档并返回更新后的文档', async () => {
  const c = await fresh()
  const _ = env.db.command
  await c.add({ _id: 'seq', v: 1 })
  const r = await c.where({ _id: 'seq' }).updateAndReturn({ v: _.inc(1) })
  expect(r.updated).toBe(1)
  expect(r.doc).toEqual({ _id: 'seq', v: 2 })
  const none = await c.where({ _id: 'zzz' }).updateAndReturn({ v: 1 })
  expect(none.updated).toBe(0)
  expect(none.doc ?? null).toBeNull()
})

test('createCollection 对已存在的集合失败', async () => {
  await env.db.createCollection('dup_coll')
  await expect(env.db.createCollection('dup_coll')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' })
})
