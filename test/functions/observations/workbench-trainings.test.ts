/**
 * 委员与观察员的工作台“培训签到”：今天应到、签到尚未截止的培训；签到窗口内标为正在签到，签到后显示已签到；
 * 不在对象内（别的年级、别的角色）的人看不到。请求数仍在读动作的预算内。
 */
import { actions as ledgerActions } from '../../../cloudfunctions/ledger'
import { actions as observationActions } from '../../../cloudfunctions/observations'
import { createHarness, type Harness } from '../../support/harness'
import { bj, trainingInput } from '../ledger/helpers'

let h: Harness
let forCommittee: string
let forObservers: string
beforeAll(async () => {
  h = await createHarness({ ...observationActions, ...ledgerActions })
  h.at(bj('2026-10-20', '09:00'))
  forCommittee = (await h.ok('head', 'training.create', trainingInput())).id
  forObservers = (await h.ok('head', 'training.create', trainingInput({
    title: '宿舍心理观察员培训', startTime: '18:00', endTime: '19:00', hours: 1,
    audience: { kind: 'cadres', roles: ['observer'], grades: ['2023级'] },
  }))).id
})
afterAll(() => h.env.close())

const titles = async (who: 'committeeA' | 'committeeC' | 'observerA' | 'observerC') =>
  ((await h.ok(who, 'workbench')).trainings as { title: string }[]).map((t) => t.title)

test('培训前一天工作台没有培训签到；当天委员看到自己应到的一场，未到签到时间', async () => {
  h.at(bj('2026-10-20', '15:00'))
  expect(await titles('committeeA')).toEqual([])
  h.at(bj('2026-10-21', '09:00'))
  await h.env.resetStats()
  const wb = await h.ok('committeeA', 'workbench')
  const { total } = await h.env.stats()
  expect(total).toBeLessThanOrEqual(10) // 含解析调用者的 2 次
  expect(wb.trainings).toEqual([{ id: forCommittee, title: '心理委员朋辈辅导技能培训', startTime: '14:00', endTime: '16:00', place: '学院报告厅', open: false, mine: 'pending' }])
})

test('别的年级的委员、别的角色看不到；观察员按本人所在班级的年级看到观察员培训', async () => {
  h.at(bj('2026-10-21', '09:00'))
  expect(await titles('committeeC')).toEqual([])
  expect(await titles('observerA')).toEqual(['宿舍心理观察员培训'])
  expect(await titles('observerC')).toEqual([])
  await h.env.resetStats()
  const wb = await h.ok('observerA', 'workbench')
  const { total } = await h.env.stats()
  expect(total).toBeLessThanOrEqual(9) // 含解析调用者的 2 次：读本人年级只多一次
  expect(wb.trainings[0]).toMatchObject({ id: forObservers, open: false })
})

test('开始前 10 分钟起标为正在签到；签到后显示已签到；结束后不再列出', async () => {
  h.at(bj('2026-10-21', '13:49'))
  expect((await h.ok('committeeA', 'workbench')).trainings[0].open).toBe(false)
  h.at(bj('2026-10-21', '13:50'))
  expect((await h.ok('committeeA', 'workbench')).trainings[0]).toMatchObject({ open: true, mine: 'pending' })
  const { code } = await h.ok('head', 'training.code', { id: forCommittee })
  await h.ok('committeeA', 'training.signIn', { id: forCommittee, code })
  expect((await h.ok('committeeA', 'workbench')).trainings[0]).toMatchObject({ open: true, mine: 'present' })
  h.at(bj('2026-10-21', '16:01'))
  expect(await titles('committeeA')).toEqual([])
  expect(await titles('observerA')).toEqual(['宿舍心理观察员培训'])
})
