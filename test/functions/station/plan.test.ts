/**
 * 工作计划：条目关联完成它的记录（只能是本站的）、月份已过而无关联的条目标出、提交后条目冻结而关联可补。
 * 夹具时钟 2026-10-21：9 月已过，10 月未过。
 */
import { actions } from '../../../cloudfunctions/station'
import { C, setup, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup(actions)
  const month = (stationId: string) => ({ _id: `${stationId}:2026-09`, stationId, month: '2026-09', status: 'submitted' })
  await h.insert(C.monthlyReports, [month(h.fx.stationId), month(h.fx.otherStationId)])
  await h.insert(C.screeningRounds, [{ _id: 'round-S2', stationId: h.fx.otherStationId, name: '外院普测', targetGrades: [], startDate: '2026-09-10', endDate: '2026-09-30', flaggedTiers: [] }])
})
afterAll(() => h.env.close())

const item = (what: string, month: string, links: object[] = [], extra: object = {}) => ({ what, month, who: '孙站长', assessmentItemId: 'crisis', links, ...extra })

describe('工作计划', () => {
  test('关联别站的记录、学年外的月份：按字段拒绝，什么都不写', async () => {
    let e = await h.fail('head', 'plan.save', {
      schoolYear: '2026-2027', items: [item('九月月报', '2026-09'), item('外院月报', '2026-09', [{ kind: 'monthly', id: `${h.fx.otherStationId}:2026-09` }])],
    }, 'INPUT.INVALID')
    expect(e.fields).toEqual([{ path: 'items.1.links.0.id', message: expect.stringContaining('本站') }])
    e = await h.fail('head', 'plan.save', { schoolYear: '2026-2027', items: [item('普测', '2026-09', [{ kind: 'screening', id: 'round-S2' }])] }, 'INPUT.INVALID')
    expect(e.fields[0].path).toBe('items.0.links.0.id')
    e = await h.fail('head', 'plan.save', { schoolYear: '2026-2027', items: [item('暑期', '2027-08')] }, 'INPUT.INVALID')
    expect(e.fields[0].path).toBe('items.0.month')
    expect(await h.count(C.workPlans)).toBe(0)
  })

  test('已过月份且无关联的条目被标出；未过的月份、有关联的条目不标', async () => {
    // 台账 I 记录的一场本站培训（关联时核实存在且属于本站）
    await h.insert(C.trainings, { _id: 'training-1', stationId: h.fx.stationId, title: '新生心理委员培训', date: '2026-09-20', hours: 2 })
    const plan = await h.ok('head', 'plan.save', {
      schoolYear: '2026-2027',
      items: [
        item('按时报送九月月报', '2026-09', [{ kind: 'monthly', id: `${h.fx.stationId}:2026-09` }], { assessmentItemId: 'routine' }),
        item('新生心理委员培训', '2026-09', [], { assessmentItemId: 'peer' }),
        item('研判会', '2026-10'),
        item('心理委员培训（台账 I 记录）', '2026-09', [{ kind: 'training', id: 'training-1' }], { assessmentItemId: 'peer' }),
      ],
    })
    expect(plan.items.map((i: { what: string; flagged: boolean }) => [i.what, i.flagged])).toEqual([
      ['按时报送九月月报', false], ['新生心理委员培训', true], ['心理委员培训（台账 I 记录）', false], ['研判会', false],
    ])
    expect(plan.flaggedCount).toBe(1)
    expect(plan.items[0]).toMatchObject({ assessmentItemName: '常规工作与计划总结', links: [{ kind: 'monthly', label: '2026-09 月报', verified: true }] })
    expect(plan.items[2].links[0]).toMatchObject({ kind: 'training', label: '新生心理委员培训', verified: true })

    // 11 月 1 日起，十月的条目也被标出
    h.at('2026-11-01T01:00:00+08:00')
    const later = await h.ok('head', 'plan.get', {})
    expect(later.flaggedCount).toBe(2)
    h.at(h.fx.now)
  })

  test('提交给中心：中心此后可见；条目不能再改，关联仍可补（补上后不再标出）', async () => {
    expect((await h.ok('center', 'plan.get', { stationId: h.fx.stationId, schoolYear: '2026-2027' })).status).toBe('none')
    const sub = await h.ok('head', 'plan.submit', { schoolYear: '2026-2027' })
    expect(sub).toMatchObject({ status: 'submitted', submittedByName: '孙站长' })
    expect((await h.ok('center', 'plan.get', { stationId: h.fx.stationId, schoolYear: '2026-2027' })).items).toHaveLength(4)
    await h.fail('head', 'plan.save', { schoolYear: '2026-2027', items: [] }, 'PLAN.ALREADY_SUBMITTED')
    const flagged = sub.items.find((i: { flagged: boolean }) => i.flagged)
    await h.insert(C.screeningRounds, [{ _id: 'round-S', stationId: h.fx.stationId, name: '2026 新生普测', targetGrades: ['2026级'], startDate: '2026-09-10', endDate: '2026-09-30', flaggedTiers: [] }])
    const linked = await h.ok('head', 'plan.link', { schoolYear: '2026-2027', itemId: flagged.id, links: [{ kind: 'screening', id: 'round-S' }] })
    expect(linked.flaggedCount).toBe(0)
    const e = await h.fail('head', 'plan.link', { schoolYear: '2026-2027', itemId: flagged.id, links: [{ kind: 'screening', id: 'round-S2' }] }, 'INPUT.INVALID')
    expect(e.fields[0].path).toBe('links.0.id')
    await h.fail('otherHead', 'plan.link', { schoolYear: '2026-2027', itemId: flagged.id, links: [] }, 'NOT_FOUND')
  })
})
