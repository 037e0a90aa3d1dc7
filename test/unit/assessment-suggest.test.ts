/** 建议自评分：手工核对的学年逐条核对，规则在边界上（恰好 100%、少一次培训、月报迟一天……） */
import { shanghaiInstant } from '../../domain/calendar'
import { assessYear } from '../../domain/assessment'
import type { BinderInput } from '../../domain/assessment/indicators'
import { DEFAULT_TABLE } from '../../domain/assessment/table'
import { sampleYear } from './assessment-year'

const suggest = (input: BinderInput) => assessYear(input, DEFAULT_TABLE).suggestion
const pointOf = (input: BinderInput, id: string) => suggest(input).items.flatMap((i) => i.points).find((p) => p.pointId === id)!
const deductions = (input: BinderInput, id: string) => pointOf(input, id).reasons.filter((r) => r.delta < 0).map((r) => r.text)
const year = (patch: (y: BinderInput) => void): BinderInput => {
  const y = sampleYear()
  patch(y)
  return y
}

describe('手工核对的学年：建议分', () => {
  const s = suggest(sampleYear())
  const scores = Object.fromEntries(s.items.flatMap((i) => i.points.map((p) => [p.pointId, p.score])))

  test('每条细则的建议分', () => {
    expect(scores).toEqual({
      'policy.1': 3, 'policy.2': 3, 'policy.3': 0,
      'resources.1': 3, 'resources.2': 3, 'resources.3': 3,
      'team.1': 2, 'team.2': 2,
      'routine.1': 0, 'routine.2': 3,
      'education.1': 2.5, 'education.2': 9,
      'counseling.1': 10,
      'crisis.1': 2, 'crisis.2': 2.5, 'crisis.3': 2, 'crisis.4': 3,
      'peer.1': 0, 'peer.2': 2, 'peer.3': 1.5,
      'research.1': 0,
      'impact.1': 8, 'impact.2': 7,
    })
  })

  test('每项合计、总分 71.5、等级中等', () => {
    expect(s.items.map((i) => [i.itemId, i.score])).toEqual([
      ['policy', 6], ['resources', 9], ['team', 4], ['routine', 3], ['education', 11.5],
      ['counseling', 10], ['crisis', 9.5], ['peer', 3.5], ['research', 0], ['impact', 15],
    ])
    expect([s.total, s.gradeLabel, s.tableId]).toEqual([71.5, '中等', 'default'])
  })

  test('扣分理由写明学期、年级、月份与扣分', () => {
    const y = sampleYear()
    expect(deductions(y, 'peer.2')).toEqual(['第二学期 2026 级未开展宿舍心理观察员培训（−2）'])
    expect(deductions(y, 'crisis.2')).toEqual(['2026-10 月报迟报 1 天（截止 2026-11-05，2026-11-06 提交）（−0.5）', '2027-04 月报未报（截止 2027-05-05）（−1）'])
    expect(deductions(y, 'crisis.1')).toEqual(['“2027 年春季普测”4 人未参测且未登记原因（参测率 99.1%）（−2）'])
    expect(deductions(y, 'crisis.3')).toEqual(['重点关注随访按时 18/20（90%），2 次逾期（−1）'])
    expect(deductions(y, 'crisis.4')).toEqual(['即时报告在时限内确认 9/10（90%），确认用时中位数 28 分钟（−1）'])
    expect(deductions(y, 'peer.1')).toEqual(['1 个班级缺心理委员超过 14 天（最长：应化2601班 24 天）（−1.5）', '1 个宿舍缺宿舍心理观察员超过 14 天（最长：12栋305 43 天）（−1.5）'])
    expect(deductions(y, 'peer.3')).toEqual(['第二学期无已确认的朋辈谈心记录（另有 2 条待确认）（−1.5）'])
    expect(deductions(y, 'team.1')).toEqual(['1 名站内人员本学年无培训学时：李梅（−1）', '1 人离任未办理交接：赵刚（−1）'])
    expect(deductions(y, 'team.2')).toEqual(['目前 1 间宿舍没有宿舍心理观察员（−1）'])
    expect(deductions(y, 'routine.2')).toEqual(['工作计划迟交：截止 2026-10-07，2026-10-08 提交（−1）'])
    expect(deductions(y, 'education.1')).toEqual(['第二学期未开展专项教育活动（−2.5）'])
    expect(deductions(y, 'education.2')).toEqual(['第二学期主题宣教活动无总结（−1）'])
    expect(deductions(y, 'policy.3')).toEqual(['尚无“工作研讨记录与宣传材料”材料（−3）'])
  })

  test('满分的细则也说明依据', () => {
    expect(pointOf(sampleYear(), 'counseling.1').reasons.map((r) => r.text)).toEqual([
      '第一学期个体谈心谈话记录 12 条', '第一学期团体心理辅导 1 次', '第二学期个体谈心谈话记录 3 条', '第二学期团体心理辅导 1 次',
    ])
    expect(pointOf(sampleYear(), 'policy.1').reasons.map((r) => r.text)).toEqual(['“制度文件（机制与制度）”已有2 份文件'])
  })
})

describe('规则的边界', () => {
  test('参测率恰好 100% 不扣分；差 1 人且无原因扣 2 分；差 1 人但有原因不扣', () => {
    const round = (participated: number, gapsWithReason: number) => year((y) => { y.screenings = [{ id: 's', name: '普测', date: '2026-09-20', eligible: 500, participated, gapsWithReason }] })
    expect(pointOf(round(500, 0), 'crisis.1')).toMatchObject({ score: 4, reasons: [{ text: '“普测”参测率 100%', delta: 0 }] })
    expect(pointOf(round(499, 0), 'crisis.1').score).toBe(2)
    expect(pointOf(round(499, 1), 'crisis.1')).toMatchObject({ score: 4, reasons: [{ text: '“普测”参测率 99.8%，未参测的 1 人均已登记原因' }] })
    expect(pointOf(year((y) => { y.screenings = [] }), 'crisis.1')).toMatchObject({ score: 0, reasons: [{ text: '本学年尚无普测记录（−4）' }] })
  })

  test('随访按时率阶梯：100% 不扣，恰好 90% −1，89.9% −2，恰好 80% −2，79.9% −3', () => {
    const rate = (onTime: number, total: number) => year((y) => {
      y.followUps = Array.from({ length: total }, (_, i) => ({ keyCareId: `k${i}`, studentName: 's', dueDate: '2026-11-01', doneDate: i < onTime ? '2026-11-01' : '2026-11-02' }))
    })
    expect(pointOf(rate(10, 10), 'crisis.3').score).toBe(3)
    expect(pointOf(rate(9, 10), 'crisis.3').score).toBe(2)
    expect(pointOf(rate(899, 1000), 'crisis.3').score).toBe(1)
    expect(pointOf(rate(8, 10), 'crisis.3').score).toBe(1)
    expect(pointOf(rate(799, 1000), 'crisis.3').score).toBe(0)
    expect(pointOf(rate(0, 0), 'crisis.3')).toMatchObject({ score: 3, reasons: [{ text: '本学年尚无到期的重点关注随访' }] })
  })

  test('即时报告恰在时限那一刻确认算在时限内；逾期未确认另扣 1 分', () => {
    const created = shanghaiInstant('2026-10-12', '09:00')
    const limit = new Date(created.getTime() + 3_600_000)
    const exact = year((y) => { y.alerts = [{ id: 'a', createdAt: created, ackDeadline: limit, ackedAt: limit }] })
    expect(pointOf(exact, 'crisis.4')).toMatchObject({ score: 4, reasons: [{ text: '即时报告在时限内确认 1/1（100%），确认用时中位数 60 分钟' }] })
    const open = year((y) => { y.alerts = [{ id: 'a', createdAt: created, ackDeadline: limit, ackedAt: null }] })
    expect(deductions(open, 'crisis.4')).toEqual(['即时报告在时限内确认 0/1（0%）（−3）', '1 条即时报告逾期未确认（−1）'])
    expect(pointOf(open, 'crisis.4').score).toBe(0)
  })

  test('月报在截止日 23:59 提交不扣；迟一天 −0.5；未报 −1', () => {
    const october = (submittedAt: Date | null) => year((y) => {
      y.monthlyReports = y.monthlyReports.filter((m) => m.month !== '2026-10' && m.month !== '2027-04').concat({ month: '2027-04', submittedAt: shanghaiInstant('2027-05-01') }, { month: '2026-10', submittedAt })
    })
    expect(pointOf(october(shanghaiInstant('2026-11-05', '23:59')), 'crisis.2').score).toBe(4)
    expect(pointOf(october(shanghaiInstant('2026-11-06', '00:00')), 'crisis.2').score).toBe(3.5)
    expect(pointOf(october(null), 'crisis.2').score).toBe(3)
  })

  test('中心把月报截止日调到次月 8 日：11-06 提交的 10 月月报变为按时', () => {
    const y = sampleYear()
    const table = { ...DEFAULT_TABLE, params: { ...DEFAULT_TABLE.params, monthlyDeadlineDay: 8 } }
    const p = assessYear(y, table).suggestion.items.find((i) => i.itemId === 'crisis')!.points[1]
    expect(p.reasons.filter((r) => r.delta < 0).map((r) => r.text)).toEqual(['2027-04 月报未报（截止 2027-05-08）（−1）'])
  })

  test('少一次培训：第一学期 2023 级未开展心理委员培训（−2）', () => {
    const y = year((x) => {
      x.classes = [{ id: 'c', name: '机电2301班', grade: '2023级', committee: [{ from: shanghaiInstant('2026-09-01'), to: null }] }]
      x.trainings = [
        { id: 'a', title: '观察员培训', date: '2026-10-15', roles: ['observer'], grades: ['2023级'] },
        { id: 'b', title: '春季培训', date: '2027-03-20', roles: ['committee', 'observer'], grades: ['2023级'] },
      ]
    })
    expect(pointOf(y, 'peer.2')).toMatchObject({ score: 2, reasons: [{ text: '第一学期 2023 级未开展心理委员培训（−2）', delta: -2 }] })
    // 培训在学期最后一天仍计入该学期，次日（假期）不计
    const lastDay = year((x) => { x.trainings = [...x.trainings, { id: 'z', title: '补训', date: '2027-07-04', roles: ['observer'], grades: ['2026级'] }] })
    expect(pointOf(lastDay, 'peer.2').score).toBe(4)
    const afterTerm = year((x) => { x.trainings = [...x.trainings, { id: 'z', title: '补训', date: '2027-07-05', roles: ['observer'], grades: ['2026级'] }] })
    expect(pointOf(afterTerm, 'peer.2').score).toBe(2)
  })

  test('缺任恰好 14 天不扣（宽限内），15 天扣 1.5', () => {
    const gap = (firstDay: string) => year((y) => {
      y.dorms = [{ id: 'd', name: '12栋305', observer: [{ from: shanghaiInstant(firstDay), to: null }] }]
      y.classes = y.classes.slice(0, 1)
    })
    expect(pointOf(gap('2026-09-21'), 'peer.1').score).toBe(3)
    expect(pointOf(gap('2026-09-22'), 'peer.1').score).toBe(1.5)
  })

  test('计划恰在截止日提交不扣，迟一天 −1，未交 −2', () => {
    const plan = (submittedAt: Date | null) => pointOf(year((y) => { y.plan = { submittedAt } }), 'routine.2').score
    expect(plan(shanghaiInstant('2026-10-07', '23:59'))).toBe(4)
    expect(plan(shanghaiInstant('2026-10-08', '00:00'))).toBe(3)
    expect(plan(null)).toBe(2)
  })

  test('主题宣教：有规划的与有总结的不是同一次活动，扣 1 分', () => {
    const y = year((x) => {
      x.activities = x.activities.concat({ id: 'a7', kind: 'theme', title: '心理剧', date: '2027-06-10', held: true, planned: false, summarised: true })
    })
    expect(deductions(y, 'education.2')).toEqual(['第二学期没有一次主题宣教活动同时有规划和总结（−1）'])
  })

  test('只看材料的项：有材料满分，没有为 0，与记录多少无关', () => {
    const empty = year((y) => { y.documents = []; y.talks = []; y.activities = [] })
    for (const id of ['policy', 'resources', 'research', 'impact']) expect(suggest(empty).items.find((i) => i.itemId === id)!.score).toBe(0)
    const full = year((y) => { y.documents = ['policy.rules', 'policy.duties', 'policy.seminars', 'research.reports'].map((slot) => ({ slot, files: 0, note: true })) })
    expect(suggest(full).items.find((i) => i.itemId === 'policy')!.score).toBe(9)
    expect(suggest(full).items.find((i) => i.itemId === 'research')!.score).toBe(5)
  })

  test('扣分超过该条分值时为 0，不为负', () => {
    const y = year((x) => { x.monthlyReports = [] })
    expect(pointOf(y, 'crisis.2').reasons.filter((r) => r.delta < 0)).toHaveLength(9)
    expect(pointOf(y, 'crisis.2').score).toBe(0)
  })

  test('学年尚未开始的学期不扣分；空记录也能计算', () => {
    const y = year((x) => { x.asOf = shanghaiInstant('2026-12-01', '10:00') })
    expect(pointOf(y, 'peer.2').reasons.every((r) => !r.text.startsWith('第二学期'))).toBe(true)
    const blank: BinderInput = { ...sampleYear(), terms: [], screenings: [], monthlyReports: [], alerts: [], followUps: [], classes: [], dorms: [], trainings: [], staff: [], staffTrainings: [], activities: [], talks: [], peerTalks: [], plan: { submittedAt: null }, summary: { submittedAt: null }, roleEnds: [], documents: [] }
    const s = suggest(blank)
    expect(s.total).toBeGreaterThanOrEqual(0)
    expect(s.gradeLabel).toBe('不合格')
  })
})
