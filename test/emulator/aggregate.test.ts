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
