/**
 * 中心按学年调整考核表：月报截止日改为次月 6 日后，10 月（11-06 提交）变为按时；不合格的调整被拒绝；
 * 已提交的手册仍用提交时的表。
 */
import { actions } from '../../../cloudfunctions/assessment'
import { createHarness, type Harness } from '../../support/harness'
import { ASOF, seedYear, YEAR } from './year'

let h: Harness
beforeAll(async () => {
  h = await createHarness(actions, ASOF)
  await seedYear(h)
})
afterAll(() => h.env.close())

const october = async () => (await h.ok('head', 'binder.get', { schoolYear: YEAR })).indicators.monthly.months.find((m: any) => m.month === '2026-10')

test('截止日 5 日：10 月迟报；中心改为 6 日后按时，表的 id 为该学年', async () => {
  expect((await october()).status).toBe('late')
  const r = await h.ok('center', 'table.set', { override: { id: YEAR, schoolYear: YEAR, params: { monthlyDeadlineDay: 6 } } })
  expect(r.table.params.monthlyDeadlineDay).toBe(6)
  expect(await october()).toMatchObject({ status: 'on_time', deadline: '2026-11-06' })
  expect((await h.ok('head', 'binder.get', { schoolYear: YEAR })).table.id).toBe(YEAR)
})

test('分值之和与上级不一致的调整：BINDER.INVALID_TABLE，原表不变', async () => {
  await h.fail('center', 'table.set', { override: { id: YEAR, schoolYear: YEAR, items: [{ id: 'policy', max: 12 }] } }, 'BINDER.INVALID_TABLE')
  expect((await october()).deadline).toBe('2026-11-06')
})

test('站长不能调整考核表；已提交的手册保留提交时的表', async () => {
  await h.fail('head', 'table.set', { override: { id: YEAR, schoolYear: YEAR, params: { monthlyDeadlineDay: 5 } } }, 'AUTH.FORBIDDEN')
  await h.ok('head', 'binder.submit', { schoolYear: YEAR })
  await h.ok('center', 'table.set', { override: { id: YEAR, schoolYear: YEAR, params: { monthlyDeadlineDay: 5 } } })
  expect((await october()).deadline).toBe('2026-11-06')
})
