/** 聚合阶段经真实 SDK：match/group/project/addFields/sort/skip/limit/unwind/lookup/count */
import { startTestEnv, type TestEnv } from '../support/env'

let env: TestEnv
beforeAll(async () => {
  env = await startTestEnv()
  await env.db.createCollection('agg_s')
  await env.db.createCollection('agg_c')
  await env.db.collection('agg_c').add([{ _id: 'A', title: '一班' }, { _id: 'B', title: '二班' }])
  await env.db.collection('agg_s').add([
    { name: 'a1', cls: 'A', score: 90, tags: ['x', 'y'], at: new Date('2026-11-01T00:00:00Z') },
    { name: 'a2', cls: 'A', score: 70, tags: ['y'], at: new Date('2026-11-02T00:00:00Z') },
    { name: 'b1', cls: 'B', score: 80, tags: [], at: new Date('2026-11-03T00:00:00Z') },
  ])
})
afterAll(() => env.close())

const agg = () => env.db.collection('agg_s').aggregate()

test('match + group + sort', async () => {
  const $ = env.db.command.aggregate
  const r = await agg().match({ score: env.db.command.gte(70) })
    .group({ _id: '$cls', n: $.sum(1), avg: $.avg('$score'), names: $.push('$name') })
    .sort({ _id: 1 }).limit(10).end()
  expect(r.data).toEqual([
    { _id: 'A', n: 2, avg: 80, names: ['a1', 'a2'] },
    { _id: 'B', n: 1, avg: 80, names: ['b1'] },
  ])
})

test('project + addFields + skip + limit', async () => {
  const $ = env.db.command.aggregate
  const r = await agg().sort({ score: -1 }).addFields({ double: $.multiply(['$score', 2]) })
    .project({ _id: 0, name: 1, double: 1 }).skip(1).limit(1).end()
  expect(r.data).toEqual([{ name: 'b1', double: 160 }])
})

test('unwind + count', async () => {
  const r = await agg().unwind('$tags').count('n').end()
  expect(r.data).toEqual([{ n: 3 }])
})

test('lookup 关联另一个集合', async () => {
  const r = await agg().match({ name: 'b1' })
    .lookup({ from: 'agg_c', localField: 'cls', foreignField: '_id', as: 'cls_doc' })
    .project({ _id: 0, name: 1, cls_doc: 1 }).limit(5).end()
  expect(r.data).toEqual([{ name: 'b1', cls_doc: [{ _id: 'B', title: '二班' }] }])
})

test('日期可在 match 与 group 中使用，结果仍是 Date', async () => {
  const $ = env.db.command.aggregate
  const r = await agg().match({ at: env.db.command.gt(new Date('2026-11-01T12:00:00Z')) })
    .group({ _id: null, last: $.max('$at') }).limit(1).end()
  expect(r.data[0].last).toEqual(new Date('2026-11-03T00:00:00Z'))
})

test('聚合不会改动存储的文档', async () => {
  await agg().addFields({ 'extra': 1 }).project({ score: 0 }).limit(10).end()
  const { data } = await env.db.collection('agg_s').where({ name: 'a1' }).get()
  expect(data[0]).toMatchObject({ score: 90 })
  expect(data[0].extra).toBeUndefined()
})

test('lookup：本地字段为数组时逐个元素关联；本地字段缺失时匹配外表中缺失该字段的文档（Mongo 语义）', async () => {
  await env.db.createCollection('agg_l')
  await env.db.collection('agg_l').add([
    { _id: 'l1', refs: ['A', 'B'] },
    { _id: 'l2' },
  ])
  await env.db.createCollection('agg_f')
  await env.db.collection('agg_f').add([{ _id: 'f1', key: 'A' }, { _id: 'f2', key: 'B' }, { _id: 'f3', key: 'C' }, { _id: 'f4' }])
  const r = await env.db.collection('agg_l').aggregate()
    .lookup({ from: 'agg_f', localField: 'refs', foreignField: 'key', as: 'hits' })
    .sort({ _id: 1 }).limit(10).end()
  expect(r.data.map((d: { _id: string; hits: { _id: string }[] }) => [d._id, d.hits.map((h) => h._id)])).toEqual([
    ['l1', ['f1', 'f2']],
    ['l2', ['f4']],
  ])
})

test('lookup 在大集合上只关联匹配的文档，且随写入更新', async () => {
  await env.db.createCollection('agg_big')
  const rows = Array.from({ length: 3000 }, (_, i) => ({ _id: `b${i}`, owner: `o${i % 1500}`, n: i }))
  for (let i = 0; i < rows.length; i += 1000) await env.db.collection('agg_big').add(rows.slice(i, i + 1000))
  await env.db.createCollection('agg_owner')
  await env.db.collection('agg_owner').add([{ _id: 'o7' }, { _id: 'o9' }])
  const q = () => env.db.collection('agg_owner').aggregate().match({ _id: 'o7' })
    .lookup({ from: 'agg_big', localField: '_id', foreignField: 'owner', as: 'items' }).limit(1).end()
  expect((await q()).data[0].items.map((x: { n: number }) => x.n)).toEqual([7, 1507])
  await env.db.collection('agg_big').add({ _id: 'bnew', owner: 'o7', n: -1 })
  await env.db.collection('agg_big').doc('b7').update({ owner: 'o9' })
  expect((await q()).data[0].items.map((x: { n: number }) => x.n)).toEqual([1507, -1])
})
