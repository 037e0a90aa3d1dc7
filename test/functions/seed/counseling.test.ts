import { createMain } from '../../../cloudfunctions/_lib/handler'
import { actions } from '../../../cloudfunctions/counseling'
import { seedCounseling } from '../../../scripts/seed/counseling'
import { seedDemo } from '../../../scripts/seed'
import { callAs, startTestEnv, type TestEnv } from '../../support/env'

const NOW = new Date('2026-11-21T04:00:00Z')
let env: TestEnv
const main = createMain(actions, { clock: () => NOW })
const ok = async (openid: string, action: string, payload: unknown = {}) => {
  const r = await callAs(main, openid, { action, payload })
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
  return r.data
}

beforeAll(async () => {
  env = await startTestEnv()
  await seedDemo(env.db, NOW)
  await seedCounseling(env.db, { now: NOW })
  await seedCounseling(env.db, { now: NOW })
}, 60_000)
afterAll(() => env.close())

test('演示数据：辅导员本周有待办，站长有待审批，中心有转介个案；重复写入不重复', async () => {
  const o = await ok('demo-counselor-1', 'week.overview', {})
  expect(o.peerTalksToConfirm.length).toBe(2)
  expect(o.talkTasks.length).toBeGreaterThanOrEqual(1)
  expect(o.overdueFollowUps.length).toBe(1)
  const board = await ok('demo-counselor-1', 'rollcall.board', { week: o.rollCallWeek - 1 })
  expect(board.rows.slice(0, 3).map((r: any) => r.status)).toEqual(['confirmed', 'pending', 'returned'])
  const kc = await ok('demo-counselor-1', 'keycare.list', {})
  expect(kc.items.find((i: any) => i.overdue).lastContact).toBeTruthy()
  expect((await ok('demo-head', 'approval.list', {})).items).toHaveLength(1)
  const refs = await ok('demo-center', 'referral.list', {})
  expect(refs.items).toHaveLength(1)
  expect((await ok('demo-center', 'referral.get', { id: refs.items[0].id })).talks.length).toBeGreaterThan(0)
  expect((await ok('demo-counselor-1', 'talk.list', {})).total).toBeGreaterThanOrEqual(4)
})
