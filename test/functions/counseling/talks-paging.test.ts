/**
 * 谈话列表逐页读到最后：130 条（每 10 条同一天同一时刻），按 page/pageSize 读完，不重不漏。
 */
import { insertAll } from '../../support/fixtures'
import { manyTalks } from '../../support/talk-docs'
import { C, setup, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
  await insertAll(h.env.db, C.talks, manyTalks(h.fx, 130))
})
afterAll(() => h.env.close())

test('谈话列表 130 条：每页 20 条读到第 7 页，共 130 条各不相同，日期由近到远', async () => {
  const seen: any[] = []
  for (let n = 1; ; n++) {
    const page = await h.ok('counselorA', 'talk.list', { page: n, pageSize: 20 })
    expect(page.total).toBe(130)
    seen.push(...page.items)
    if (page.items.length < 20) break
  }
  expect(seen).toHaveLength(130)
  expect(new Set(seen.map((t) => t.id)).size).toBe(130)
  expect(seen.map((t) => t.date)).toEqual([...seen.map((t) => t.date)].sort().reverse())
})
