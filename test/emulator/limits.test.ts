/** 平台限制与错误回包 */
import { startTestEnv, type TestEnv } from '../support/env'

let env: TestEnv
beforeAll(async () => {
  env = await startTestEnv()
  await env.db.createCollection('big')
  const docs = Array.from({ length: 1200 }, (_, i) => ({ i }))
  for (let k = 0; k < docs.length; k += 400) await env.db.collection('big').add(docs.slice(k, k + 400))
})
afterAll(() => env.close())

test('get() 默认最多 100 条，limit 最多 1000 条，skip 分页取全', async () => {
  const big = env.db.collection('big')
  expect((await big.get()).data).toHaveLength(100)
  expect((await big.limit(5000).get()).data).toHaveLength(1000)
  const second = await big.skip(1000).limit(1000).get()
  expect(second.data.map((d) => d.i)).toEqual(Array.from({ length: 200 }, (_, i) => 1000 + i))
  expect((await big.count()).total).toBe(1200)
})

test('aggregate().end() 没有 limit 时只返回 20 条', async () => {
  const big = env.db.collection('big')
  expect((await big.aggregate().match({ i: env.db.command.gte(0) }).end()).data).toHaveLength(20)
  expect((await big.aggregate().match({ i: env.db.command.gte(0) }).limit(500).end()).data).toHaveLength(500)
})

test('集合不存在：DATABASE_COLLECTION_NOT_EXIST', async () => {
  const ghost = env.db.collection('no_such_collection')
  await expect(ghost.get()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
  await expect(ghost.add({ a: 1 })).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
  await expect(ghost.aggregate().limit(1).end()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
  await expect(env.db.collection('big').aggregate().lookup({ from: 'no_such_collection', localField: 'i', foreignField: 'i', as: 'x' }).limit(1).end())
    .rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
})

test('不支持的操作符：DATABASE_REQUEST_FAILED，不改动数据', async () => {
  const big = env.db.collection('big')
  await expect(big.where({ i: { $bogus: 1 } }).get()).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' })
  await expect(big.aggregate().addFields({ x: { $bogus: 1 } }).limit(1).end()).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' })
})

test('批量插入原子性：其中一条 _id 重复则一条都不写入', async () => {
  await env.db.createCollection('atomic_insert')
  const c = env.db.collection('atomic_insert')
  await c.add({ _id: 'taken' })
  await expect(c.add([{ _id: 'a1' }, { _id: 'taken' }, { _id: 'a3' }])).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
  expect((await c.count()).total).toBe(1)
})

test('多文档更新原子性：任何一条失败则全部不生效', async () => {
  await env.db.createCollection('atomic_update')
  const c = env.db.collection('atomic_update')
  await c.add([{ k: 1, n: 1 }, { k: 1, n: 'text' }, { k: 1, n: 3 }])
  await expect(c.where({ k: 1 }).update({ n: env.db.command.inc(1) })).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' })
  expect((await c.orderBy('_id', 'asc').get()).data.map((d) => d.n).sort()).toEqual([1, 3, 'text'].sort())
})

// 以下情形 SDK 无法构造（它总是发送合法 JSON、已知 action），所以直接发 HTTP 请求
describe('SDK 无法表达的坏请求（直接 HTTP）', () => {
  const post = (body: string) =>
    fetch(env.dbUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (r) => ({ status: r.status, json: await r.json() }))

  test('非法 JSON → INVALID_PARAM', async () => {
    const r = await post('{"action":')
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({ code: 'INVALID_PARAM', requestId: expect.any(String) })
  })

  test('非法 EJSON → INVALID_PARAM', async () => {
    const r = await post(JSON.stringify({ action: 'database.getDocument', collectionName: 'big', query: '{"i":{"$numberInt":"x"}}' }))
    expect(r.json.code).toBe('INVALID_PARAM')
  })

  test('未知 action → INVALID_ACTION', async () => {
    expect((await post(JSON.stringify({ action: 'database.dropEverything' }))).json.code).toBe('INVALID_ACTION')
  })

  test('请求体超过 6 MB → EXCEED_REQUEST_SIZE_LIMIT，且不写入', async () => {
    const blob = 'x'.repeat(6 * 1024 * 1024)
    const r = await post(JSON.stringify({ action: 'database.insertDocument', collectionName: 'big', data: [JSON.stringify({ blob })] }))
    expect(r.json.code).toBe('EXCEED_REQUEST_SIZE_LIMIT')
    expect((await env.db.collection('big').count()).total).toBe(1200)
  })
})
