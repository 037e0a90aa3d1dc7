/**
 * 月报的上月数字与趋势由上月记录按同一口径计算：上月草稿生成之后补交的周报也计入。
 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { NOV1_2AM, setup, type Harness } from './helpers'
import { seedSampleMonth } from './seed-month'

let h: Harness
beforeAll(async () => {
  h = await setup(NOV1_2AM)
  await seedSampleMonth(h.env.db, h.fx)
})
afterAll(() => h.env.close())

const row = (view: any, key: string) => view.sections.trend.find((t: any) => t.key === key)

describe('月报趋势：上月数字来自记录', () => {
  test('9 月草稿生成后补交的 9 月周报，计入 10 月月报的上月数字与趋势', async () => {
    const id = `${h.fx.termId}:3:class:${h.fx.classes.B}`
    const late = await h.get(COLLECTIONS.weeklyReports, id)
    expect(late).not.toBeNull()
    await h.env.db.collection(COLLECTIONS.weeklyReports).doc(id).remove()

    const sept = await h.ok('head', 'monthly.generate', { month: '2026-09' })
    expect(sept.sections.figures.reportsSubmitted).toBe(17)

    // 迟交：9 月草稿已经存在之后才补上
    const { _id: _drop, ...rest } = late
    await h.env.db.collection(COLLECTIONS.weeklyReports).doc(id).set({ ...rest, onTime: false })

    const oct = await h.ok('head', 'monthly.generate', { month: '2026-10' })
    expect(oct.sections.previousSource).toBe('records')
    expect(oct.sections.previousFigures).toMatchObject({ reportsSubmitted: 18, reportsOnTime: 17, reportsMissing: 0 })
    expect(row(oct, 'submissionRate')).toMatchObject({ previous: 1 })

    // 定时任务起草的同一份月报口径一致
    const job = await h.timer('draftMonthly')
    expect(job.ok).toBe(true)
    const doc = await h.get(COLLECTIONS.monthlyReports, `${h.fx.stationId}:2026-10`)
    expect(doc.sections.previousFigures).toEqual(oct.sections.previousFigures)
  })
})
