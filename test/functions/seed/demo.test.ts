import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { actions } from '../../../cloudfunctions/identity'
import { DEMO_INVITE_CODE, seedDemo } from '../../../scripts/seed'
import { callAs, startTestEnv, type TestEnv } from '../../support/env'

const NOW = new Date('2026-11-21T02:00:00Z')
let env: TestEnv
beforeAll(async () => {
  env = await startTestEnv()
})
afterAll(() => env.close())
const main = createMain(actions, { clock: () => NOW })

test('演示数据：站长兼辅导员可切换角色，各角色只看到自己的范围，今天在本学期的教学周', async () => {
  const users = await seedDemo(env.db, NOW)
  const count = async (c: string) => ((await env.db.collection(c).count()) as { total: number }).total
  expect(await count(COLLECTIONS.classes)).toBe(22)
  expect(await count(COLLECTIONS.students)).toBeGreaterThan(600)
  expect(users.map((u) => u.openid)).toEqual(expect.arrayContaining(['demo-head', 'demo-counselor-1', 'demo-committee-1', 'demo-observer-1', 'demo-center']))
  expect(users.find((u) => u.openid === 'demo-head')!.roles).toEqual(['head', 'counselor'])
  expect(users.find((u) => u.openid === 'demo-committee-former')).toBeUndefined()

  const me = await callAs(main, 'demo-head', { action: 'me' })
  expect(me.data.assignments.map((a: { role: string }) => a.role)).toEqual(['head', 'counselor'])
  const term = await callAs(main, 'demo-committee-1', { action: 'term.get' })
  // 2026-11-21（周六）所在周的周一是 11-16，为第 12 周：第 1 周从 8-31 开始
  expect(term.data.current).toMatchObject({ startDate: '2026-08-31', weeks: 18, weeksOff: [9] })
  expect(term.data.currentWeek).toBe(12)

  // 委员只看到本班；观察员只看到本宿舍
  const cm = await callAs(main, 'demo-committee-1', { action: 'org.students', payload: { pageSize: 100 } })
  expect(new Set(cm.data.items.map((s: { className: string }) => s.className))).toEqual(new Set(['机电2501班']))
  const ob = await callAs(main, 'demo-observer-1', { action: 'org.students', payload: {} })
  expect(new Set(ob.data.items.map((s: { dormId: string }) => s.dormId)).size).toBe(1)
  // 辅导员负责 4 个班及其宿舍
  const cs = await callAs(main, 'demo-counselor-1', { action: 'org.classes', payload: {} })
  expect(cs.data.total).toBe(4)
  // 演示邀请码可用
  const jizhi = await callAs(main, 'demo-head', { action: 'org.classes', payload: { q: '机制2501' } })
  const s = (await callAs(main, 'demo-head', { action: 'org.students', payload: { classId: jizhi.data.items[0]._id } })).data.items[0]
  const bound = await callAs(main, 'demo-new', { action: 'bind', payload: { code: DEMO_INVITE_CODE, name: s.name, studentNo: s.studentNo, acceptPledge: true } })
  expect(bound.ok).toBe(true)
})
