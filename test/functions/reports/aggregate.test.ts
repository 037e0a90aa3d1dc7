/**
 * 经真实 SDK + 模拟器：手算样本写入数据库后，定时任务与站长生成的月报与手算结果逐项一致。
 */
import { aggregateMonth, draftMonthCases } from '../../../domain/monthly'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { sampleMonth } from '../../unit/monthly-sample'
import { NOV1_2AM, setup, type Harness } from './helpers'
import { expectedWithFixtureIds, seedSampleMonth } from './seed-month'

let h: Harness
beforeAll(async () => {
  h = await setup(NOV1_2AM)
  await seedSampleMonth(h.env.db, h.fx)
})
afterAll(() => h.env.close())

describe('月报聚合（数据库端到端）', () => {
  test('定时任务在 11 月 1 日 02:00 起草 10 月月报，各节数字与手算一致', async () => {
    const r = await h.timer('draftMonthly')
    expect(r.ok).toBe(true)
    expect(r.data.jobs.draftMonthly.data).toMatchObject({ month: '2026-10', stations: 2, created: 2, updated: 0, failed: 0 })
    const doc = await h.get(COLLECTIONS.monthlyReports, `${h.fx.stationId}:2026-10`)
    expect(doc.status).toBe('draft')
    expect(doc.generatedBy).toBe('system')
    const expected = expectedWithFixtureIds(h.fx, aggregateMonth(sampleMonth()))
    // 样本月没有台账记录：台账节全为 0（其口径见 ledger-month.test.ts）
    expect(doc.sections).toEqual({ ...expected, ledger: expect.objectContaining({ trainings: expect.objectContaining({ held: 0 }), activities: expect.objectContaining({ held: 0 }) }) })
  })

  test('手算要点：报送、关注（同一学生只算一人）、重点关注库、晚点名、谈话', async () => {
    const view = await h.ok('head', 'monthly.get', { month: '2026-10' })
    const s = view.sections
    expect(s.submission.total).toMatchObject({ expected: 18, submitted: 11, onTime: 9, late: 2, missing: 7, zero: 8 })
    expect(s.concerns.students).toMatchObject({ distinct: 3, new: 2, continuing: 1 })
    expect(s.concerns.alerts).toMatchObject({ total: 4, acked: 3, escalated: 2, ackMinutesMedian: 20, ackMinutesMax: 45 })
    expect(s.keyCare).toMatchObject({ start: 3, end: 4, added: 2, levelChanges: 1, closed: 1, referred: 1, overdue: 1 })
    expect(s.rollCalls).toMatchObject({ classWeeks: 9, recorded: 6, confirmed: 4, attendanceRate: 0.8095 })
    expect(s.talks.followUp7d).toEqual({ flagged: 3, talked: 2, pending: 0, share: 0.6667 })
    expect(s.talks.peer).toMatchObject({ logged: 5, confirmed: 3 })
  })

  test('个别情况描述由重点关注库与谈话草拟（含学号、班级）', async () => {
    const view = await h.ok('head', 'monthly.get', { month: '2026-10' })
    const expected = draftMonthCases(sampleMonth()).map(({ studentId: _s, key, ...rest }) => ({ ...rest, key: key!.replace('keycare:', 'keycare:seed-') }))
    expect(view.cases).toEqual(expected)
    expect(view.cases[0]).toMatchObject({ studentNo: '2023010103', studentName: '王雨涵', className: '机电2301班', level: 'crisis' })
  })

  test('站长重新生成：原地更新同一份草稿，数字不变，读取次数在预算内', async () => {
    await h.env.resetStats()
    const view = await h.ok('head', 'monthly.generate', { month: '2026-10' })
    const stats = await h.env.stats()
    expect(view.status).toBe('draft')
    expect(view.rev).toBe(2)
    expect(view.sections.figures).toEqual(expectedWithFixtureIds(h.fx, aggregateMonth(sampleMonth())).figures)
    expect(await h.count(COLLECTIONS.monthlyReports, { stationId: h.fx.stationId })).toBe(1)
    expect(stats.total).toBeLessThanOrEqual(40)
  })

  test('上月已有月报时：趋势仍由上月记录计算，结果不变，读取次数在预算内', async () => {
    const before = (await h.ok('head', 'monthly.get', { month: '2026-10' })).sections
    await h.ok('head', 'monthly.generate', { month: '2026-09' })
    await h.env.resetStats()
    const view = await h.ok('head', 'monthly.generate', { month: '2026-10' })
    const stats = await h.env.stats()
    expect(view.sections.previousSource).toBe('records')
    expect(view.sections).toEqual(before)
    expect(stats.total).toBeLessThanOrEqual(40)
  })
})
