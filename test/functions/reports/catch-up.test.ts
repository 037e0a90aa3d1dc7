/**
 * 错过 1 日凌晨的起草窗口：之后任何一天的下一次定时运行都会补起草上月月报；已有的（尤其已提交的）一概不动，重复运行什么也不做。
 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { setup, type Harness } from './helpers'

let h: Harness
const NOV = '2026-11'
beforeAll(async () => {
  // 北京时间 12-01 16:44：服务器这时才启动，凌晨的窗口已经过去
  h = await setup(new Date('2026-12-01T16:44:00+08:00'))
})
afterAll(() => h.env.close())

const doc = (stationId: string) => h.get(COLLECTIONS.monthlyReports, `${stationId}:${NOV}`)
const catchUp = (r: any) => r.data.jobs.draftMonthlyCatchUp?.data

describe('补起草上月月报', () => {
  test('12-01 16:44 启动：16:45 的 tick 为每个站点起草 11 月月报；16:50 再运行什么也不做', async () => {
    expect(await h.count(COLLECTIONS.monthlyReports)).toBe(0)
    expect(catchUp(await h.timer('tick'))).toBeUndefined() // 16:44 不是 5 分钟整
    h.at('2026-12-01T16:45:00+08:00')
    const first = await h.timer('tick')
    expect(first.data.jobs.draftMonthly).toBeUndefined()
    expect(catchUp(first)).toMatchObject({ month: NOV, stations: 2, created: 2, updated: 0, failed: 0 })
    expect(await doc(h.fx.stationId)).toMatchObject({ status: 'draft', generatedBy: 'system', month: NOV })
    const rev = (await doc(h.fx.stationId)).rev
    h.at('2026-12-01T16:50:00+08:00')
    expect(catchUp(await h.timer('tick'))).toMatchObject({ created: 0, updated: 0, skipped: 2 })
    expect((await doc(h.fx.stationId)).rev).toBe(rev)
    expect(await h.count(COLLECTIONS.monthlyReports)).toBe(2)
  })

  test('之后某天：已提交的不动，缺失的补上', async () => {
    h.at('2026-12-02T09:00:00+08:00')
    await h.ok('head', 'monthly.submit', { month: NOV })
    const submitted = await doc(h.fx.stationId)
    await h.env.db.collection(COLLECTIONS.monthlyReports).doc(`${h.fx.otherStationId}:${NOV}`).remove()
    h.at('2026-12-07T13:35:00+08:00')
    expect(catchUp(await h.timer('tick'))).toMatchObject({ created: 1, updated: 0, skipped: 1, failed: 0 })
    expect(await doc(h.fx.stationId)).toEqual(submitted)
    expect(await doc(h.fx.otherStationId)).toMatchObject({ status: 'draft', month: NOV })
  })

  test('1 日凌晨的窗口照旧：起草并刷新草稿；同一分钟的补起草随后什么也不做', async () => {
    h.at('2027-01-01T02:00:00+08:00')
    const r = await h.timer('tick')
    expect(r.data.jobs.draftMonthly.data).toMatchObject({ month: '2026-12', created: 2 })
    expect(catchUp(r)).toMatchObject({ month: '2026-12', created: 0, skipped: 2 })
  })
})
