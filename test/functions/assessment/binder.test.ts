/**
 * 考核手册经 assessment 函数：手工核对的第一学期的各项指标、自评与分值范围、提交冻结、中心评分、退回与各站比较。
 */
import { actions } from '../../../cloudfunctions/assessment'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { createHarness, type Harness } from '../../support/harness'
import { ASOF, seedYear, YEAR } from './year'

let h: Harness
beforeAll(async () => {
  h = await createHarness(actions, ASOF)
  await seedYear(h)
})
afterAll(() => h.env.close())

const reasons = (view: any, pointId: string): string[] =>
  view.suggestion.items.flatMap((i: any) => i.points).find((p: any) => p.pointId === pointId).reasons.map((r: any) => r.text)

describe('手工核对的第一学期：每项指标', () => {
  let view: any
  beforeAll(async () => {
    view = await h.ok('head', 'binder.get', { schoolYear: YEAR })
  })

  test('学期窗口与评估日', () => {
    expect(view.indicators.today).toBe('2027-01-20')
    expect(view.indicators.terms.map((t: any) => [t.first, t.last, t.ended])).toEqual([['2026-09-07', '2027-01-10', true]])
  })
  test('普测参测率 2/3，缺口都有原因', () => {
    expect(view.indicators.screening).toEqual([expect.objectContaining({ eligible: 3, participated: 2, gapsWithReason: 1, unexplained: 0, complete: true })])
  })
  test('月报：按时、迟 1 天、截止日 23:59 按时、未报、未到截止', () => {
    expect(view.indicators.monthly.months.map((m: any) => [m.month, m.status, m.daysLate])).toEqual([
      ['2026-09', 'on_time', 0], ['2026-10', 'late', 1], ['2026-11', 'on_time', 0], ['2026-12', 'missing', 0], ['2027-01', 'open', 0],
    ])
    expect(reasons(view, 'crisis.2')).toContain('2026-10 月报迟报 1 天（截止 2026-11-05，2026-11-06 提交）（−0.5）')
  })
  test('即时报告：时限内 2/3，中位数 20 分钟', () => {
    expect(view.indicators.alerts).toMatchObject({ total: 3, decided: 3, withinLimit: 2, unacked: 0, medianMinutes: 20 })
  })
  test('重点关注随访：2 次到期 1 次按时', () => {
    expect(view.indicators.followUps).toMatchObject({ due: 2, onTime: 1 })
    expect(view.indicators.followUps.late).toEqual([expect.objectContaining({ dueDate: '2026-11-01', doneDate: '2026-11-03' })])
  })
  test('心理委员与观察员：机电2302班缺 15 天，12栋306 全学期 126 天且至今空缺', () => {
    const days = (xs: any[]) => Object.fromEntries(xs.map((x) => [x.name, [x.uncoveredDays, x.vacantNow]]))
    expect(days(view.indicators.coverage.classes)).toEqual({ 机电2301班: [0, false], 机电2302班: [15, false], 机电2401班: [0, false] })
    expect(days(view.indicators.coverage.dorms)).toEqual({ '12栋305': [0, false], '12栋306': [126, true], '13栋201': [0, false] })
    expect(view.missing.map((m: any) => m.text)).toContain('12栋306 无宿舍心理观察员 126 天')
  })
  test('培训：2023 级两种角色各 1 场，2024 级没有', () => {
    const cell = (grade: string, role: string) => view.indicators.training.cells.find((c: any) => c.grade === grade && c.role === role).sessions
    expect([cell('2023级', 'committee'), cell('2023级', 'observer'), cell('2024级', 'committee'), cell('2024级', 'observer')]).toEqual([1, 1, 0, 0])
  })
  test('活动、谈话与朋辈谈心', () => {
    expect(view.indicators.perTerm[0]).toMatchObject({
      theme: { held: 1, complete: 1 }, special: 1, groupSessions: 0, talks: 3, peerTalksConfirmed: 2, peerTalksPending: 1,
    })
  })
  test('计划按时提交，总结未到期', () => {
    expect(view.indicators.plan.status).toBe('on_time')
    expect(view.indicators.summary.status).toBe('open')
  })
  test('每项都有建议分，未自评时无总分', () => {
    expect(view.items).toHaveLength(10)
    expect(view.items.every((i: any) => i.suggested >= 0 && i.suggested <= i.max && i.self === null)).toBe(true)
    expect(view.selfTotal).toBeNull()
  })
})

describe('自评、证明材料与提交', () => {
  test('分数超过该项满分或低于 0：BINDER.SCORE_OUT_OF_RANGE，什么都不写', async () => {
    await h.fail('head', 'binder.score', { schoolYear: YEAR, itemId: 'policy', score: 9.5, comment: '' }, 'BINDER.SCORE_OUT_OF_RANGE')
    await h.fail('head', 'binder.score', { schoolYear: YEAR, itemId: 'policy', score: -1, comment: '' }, 'BINDER.SCORE_OUT_OF_RANGE')
    const doc = await h.get(COLLECTIONS.assessmentBinders, `${h.fx.stationId}:${YEAR}`)
    expect(doc?.scores ?? {}).toEqual({})
  })
  test('尚未开始的学年：BINDER.YEAR_NOT_STARTED', async () => {
    await h.fail('head', 'binder.get', { schoolYear: '2027-2028' }, 'BINDER.YEAR_NOT_STARTED')
    await h.fail('head', 'binder.score', { schoolYear: '2027-2028', itemId: 'policy', score: 5, comment: '' }, 'BINDER.YEAR_NOT_STARTED')
  })
  test('写了说明的材料栏算作有材料，缺失清单中不再列出', async () => {
    const before = await h.ok('head', 'binder.get', { schoolYear: YEAR })
    expect(before.missing.some((m: any) => m.key.includes('policy.rules'))).toBe(true)
    await h.ok('head', 'binder.note', { schoolYear: YEAR, slot: 'policy.rules', note: '学院心理健康教育工作制度汇编（2026 版）' })
    const after = await h.ok('head', 'binder.get', { schoolYear: YEAR })
    expect(after.indicators.documents['policy.rules']).toEqual({ files: 0, note: true, hasEvidence: true })
    expect(after.missing.some((m: any) => m.key.includes('policy.rules'))).toBe(false)
    expect(after.documents['policy.rules'].note).toContain('制度汇编')
  })
  test('站长自评一项；提交后冻结，之后的记录不改变它，再改被拒绝', async () => {
    await h.ok('head', 'binder.score', { schoolYear: YEAR, itemId: 'policy', score: 8, comment: '制度齐全' })
    const sub = await h.ok('head', 'binder.submit', { schoolYear: YEAR })
    expect(sub).toMatchObject({ status: 'submitted', version: 1 })
    const frozen = await h.ok('head', 'binder.get', { schoolYear: YEAR })
    expect(frozen.items.find((i: any) => i.itemId === 'policy').self).toMatchObject({ score: 8, comment: '制度齐全' })
    // 未自评的项按建议分提交
    expect(frozen.items.every((i: any) => i.self)).toBe(true)
    expect(frozen.selfTotal).toBe(frozen.items.reduce((n: number, i: any) => n + i.self.score, 0))
    // 之后又来了 12 月月报与一场 2024 级培训：冻结版不变
    await h.insert(COLLECTIONS.monthlyReports, { _id: `${h.fx.stationId}:2026-12`, stationId: h.fx.stationId, month: '2026-12', versions: [{ version: 1, submittedAt: new Date() }] })
    h.at(new Date(ASOF.getTime() + 86_400_000))
    const again = await h.ok('head', 'binder.get', { schoolYear: YEAR })
    expect(again.indicators).toEqual(frozen.indicators)
    expect(again.suggestion).toEqual(frozen.suggestion)
    await h.fail('head', 'binder.score', { schoolYear: YEAR, itemId: 'policy', score: 7, comment: '' }, 'BINDER.ALREADY_SUBMITTED')
    await h.fail('head', 'binder.note', { schoolYear: YEAR, slot: 'policy.rules', note: '改' }, 'BINDER.ALREADY_SUBMITTED')
    await h.fail('head', 'binder.submit', { schoolYear: YEAR }, 'BINDER.ALREADY_SUBMITTED')
  })
})

describe('校心理中心', () => {
  test('站长不能给出中心评分', async () => {
    await h.fail('head', 'binder.review', { schoolYear: YEAR, stationId: h.fx.stationId, itemId: 'policy', score: 7, comment: '' }, 'AUTH.FORBIDDEN')
  })
  test('未提交的站点：读不到；评分超出满分被拒绝', async () => {
    await h.fail('center', 'binder.get', { schoolYear: YEAR, stationId: h.fx.otherStationId }, 'NOT_FOUND')
    await h.fail('center', 'binder.review', { schoolYear: YEAR, stationId: h.fx.otherStationId, itemId: 'policy', score: 7, comment: '' }, 'NOT_FOUND')
    await h.fail('center', 'binder.review', { schoolYear: YEAR, stationId: h.fx.stationId, itemId: 'policy', score: 10, comment: '' }, 'BINDER.SCORE_OUT_OF_RANGE')
  })
  test('逐项评分后等级随中心总分；各站并列比较（只有分数、等级、名次）', async () => {
    const view = await h.ok('center', 'binder.get', { schoolYear: YEAR, stationId: h.fx.stationId })
    for (const item of view.items) {
      await h.ok('center', 'binder.review', { schoolYear: YEAR, stationId: h.fx.stationId, itemId: item.itemId, score: item.max, comment: '' })
    }
    await h.ok('center', 'binder.review', { schoolYear: YEAR, stationId: h.fx.stationId, itemId: 'impact', score: 5, comment: '特色不够突出' })
    const cmp = await h.ok('center', 'binder.compare', { schoolYear: YEAR })
    expect(cmp.rows.map((r: any) => [r.stationName, r.status, r.panelTotal, r.gradeLabel, r.rank])).toEqual([
      ['机电工程学院', 'submitted', 90, '优秀', 1],
      ['外国语学院', 'none', null, null, null],
    ])
    expect(JSON.stringify(cmp)).not.toContain(h.fx.studentDocs.b1.name)
  })
  test('退回后站长可以再改并重新提交', async () => {
    await h.ok('center', 'binder.return', { schoolYear: YEAR, stationId: h.fx.stationId, comment: '请补充工作特色材料' })
    const back = await h.ok('head', 'binder.get', { schoolYear: YEAR })
    expect(back).toMatchObject({ status: 'returned', returnComment: '请补充工作特色材料' })
    await h.ok('head', 'binder.score', { schoolYear: YEAR, itemId: 'impact', score: 12, comment: '补充了材料' })
    expect(await h.ok('head', 'binder.submit', { schoolYear: YEAR })).toMatchObject({ version: 2 })
  })
})
