/** 考核指标：在手工核对的学年上逐项核对，以及基本量（中位数、月报按时、缺任天数）的边界 */
import { shanghaiInstant } from '../../domain/calendar'
import { computeIndicators, yearMonths } from '../../domain/assessment/indicators'
import { median, monthStatus, termWindows, uncoveredDays } from '../../domain/assessment/measures'
import { DEFAULT_TABLE } from '../../domain/assessment/table'
import { sampleYear } from './assessment-year'

const ind = computeIndicators(sampleYear(), DEFAULT_TABLE.params)

describe('手工核对的学年：各项指标', () => {
  test('两个学期的窗口：第一学期 2026-09-07…2027-01-10，第二学期 2027-03-01…2027-07-04，均已结束', () => {
    expect(ind.today).toBe('2027-07-15')
    expect(ind.terms.map((t) => [t.label, t.first, t.last, t.started, t.ended])).toEqual([
      ['第一学期', '2026-09-07', '2027-01-10', true, true],
      ['第二学期', '2027-03-01', '2027-07-04', true, true],
    ])
  })

  test('普测参测率：秋季 100%；春季 99.2%，4 人未参测且无原因', () => {
    expect(ind.screening.map((r) => [r.id, r.rate, r.unexplained, r.complete])).toEqual([
      ['sc1', 1, 0, true],
      ['sc2', 1190 / 1200, 4, false],
    ])
  })

  test('月报：10 个应报月；10 月迟 1 天，11 月截止日 23:59 提交为按时，4 月未报，7 月尚未到截止日', () => {
    expect(ind.monthly.months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'])
    const by = Object.fromEntries(ind.monthly.months.map((m) => [m.month, m]))
    expect(by['2026-10']).toMatchObject({ status: 'late', deadline: '2026-11-05', submittedOn: '2026-11-06', daysLate: 1 })
    expect(by['2026-11']).toMatchObject({ status: 'on_time', deadline: '2026-12-05' })
    expect(by['2027-04']).toMatchObject({ status: 'missing' })
    expect(by['2027-07']).toMatchObject({ status: 'open', deadline: '2027-08-05' })
    expect(ind.monthly.months.filter((m) => m.status === 'on_time')).toHaveLength(7)
  })

  test('即时报告：已到时限的 10 条中 9 条在时限内确认（90%），确认用时中位数 27.5 分钟；未到时限的 1 条不计', () => {
    expect(ind.alerts).toEqual({ total: 11, decided: 10, withinLimit: 9, share: 0.9, unacked: 0, medianMinutes: 27.5 })
  })

  test('重点关注随访：到期 20 次，按时 18 次；迟到 1 次、逾期未做 1 次；未到期的不计', () => {
    expect([ind.followUps.due, ind.followUps.onTime, ind.followUps.share]).toEqual([20, 18, 0.9])
    expect(ind.followUps.late.map((f) => [f.studentName, f.dueDate, f.doneDate])).toEqual([['学生1', '2027-04-10', '2027-04-12'], ['陈晓', '2027-06-20', null]])
  })

  test('缺任天数：班级 0、9、24 天；12栋305 43 天且目前空缺', () => {
    expect(ind.coverage.classes.map((c) => [c.name, c.uncoveredDays, c.vacantNow])).toEqual([['机电2401班', 0, false], ['化工2501班', 9, false], ['应化2601班', 24, false]])
    expect(ind.coverage.dorms.map((d) => [d.name, d.uncoveredDays, d.vacantNow])).toEqual([['12栋305', 43, true], ['12栋306', 0, false]])
  })

  test('骨干培训矩阵：2 学期 × 3 年级 × 2 角色，只缺第二学期 2026 级观察员', () => {
    expect(ind.training.grades).toEqual(['2024级', '2025级', '2026级'])
    expect(ind.training.cells).toHaveLength(12)
    expect(ind.training.cells.filter((c) => !c.sessions)).toEqual([{ termId: 't2', grade: '2026级', role: 'observer', sessions: 0 }])
  })

  test('站内人员学时：站长 8、王强 4、李梅 0（学年之前的培训不计）', () => {
    expect(ind.staff.map((s) => [s.name, s.hours, s.qualification])).toEqual([['孙丽华', 8, '心理咨询师三级'], ['王强', 4, null], ['李梅', 0, null]])
  })

  test('每学期：主题宣教、专项教育、团体辅导、个体谈话、朋辈谈心（未开展的活动与寒假中的谈话不计）', () => {
    const [t1, t2] = ind.perTerm
    expect(t1).toMatchObject({ theme: { held: 1, withPlan: 1, withSummary: 1, complete: 1, open: [] }, special: 1, groupSessions: 1, talks: 12, peerTalksConfirmed: 5, peerTalksPending: 0 })
    expect(t2).toMatchObject({ theme: { held: 1, withPlan: 1, withSummary: 0, complete: 0 }, special: 0, groupSessions: 1, talks: 3, peerTalksConfirmed: 0, peerTalksPending: 2 })
    expect(t2.theme.open).toEqual([{ id: 'a4', title: '5·25 心理健康月', planned: true, summarised: false }])
  })

  test('计划迟交 1 天（截止 2026-10-07），总结按时（截止 2027-07-18）', () => {
    expect(ind.plan).toEqual({ dueDate: '2026-10-07', submittedOn: '2026-10-08', status: 'late' })
    expect(ind.summary).toEqual({ dueDate: '2027-07-18', submittedOn: '2027-07-10', status: 'on_time' })
  })

  test('交接：离任 2 人，1 人已交接，赵刚未交接', () => {
    expect(ind.handovers).toEqual({ ended: 2, recorded: 1, missing: [{ personId: 'p-zhao', name: '赵刚', endedOn: '2027-03-15' }] })
  })

  test('材料栏：有文件或说明即有材料，空栏没有', () => {
    expect(ind.documents['policy.duties']).toEqual({ files: 0, note: true, hasEvidence: true })
    expect(ind.documents['policy.seminars'].hasEvidence).toBe(false)
    expect(ind.documents['research.reports']).toBeUndefined()
  })
})

describe('基本量', () => {
  test('中位数：奇数个取中间，偶数个取中间两数平均，空为 null', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })

  test('月报按时以北京时间的截止日为界：截止日 23:59 按时，次日 00:30 迟 1 天，时区不影响', () => {
    expect(monthStatus('2026-10', 5, shanghaiInstant('2026-11-05', '23:59'), '2026-12-01').status).toBe('on_time')
    // 2026-11-05 16:30 UTC = 北京时间 11-06 00:30
    expect(monthStatus('2026-10', 5, new Date(Date.UTC(2026, 10, 5, 16, 30)), '2026-12-01')).toMatchObject({ status: 'late', daysLate: 1 })
    expect(monthStatus('2026-10', 5, null, '2026-11-05').status).toBe('open')
    expect(monthStatus('2026-10', 5, null, '2026-11-06').status).toBe('missing')
    expect(monthStatus('2026-12', 10, null, '2027-01-10').deadline).toBe('2027-01-10')
  })

  test('应报月份与月报“应报周”同一口径：假期周不让月份消失，学期间的寒假月不报', () => {
    const months = yearMonths(sampleYear().terms)
    expect(months).not.toContain('2027-02')
    expect(months).toContain('2026-10')
  })

  test('缺任天数：只计学期内、截至评估日；任职当天任何时刻有效即算覆盖', () => {
    const terms = termWindows([{ id: 't', name: '第一学期', startDate: '2026-09-07', weeks: 2, weeksOff: [], deadlineWeekday: 7, deadlineTime: '22:00' }], '2026-09-30')
    expect(uncoveredDays([], terms, '2026-09-30')).toBe(14)
    expect(uncoveredDays([], terms, '2026-09-10')).toBe(4)
    expect(uncoveredDays([{ from: shanghaiInstant('2026-09-09', '23:30'), to: null }], terms, '2026-09-30')).toBe(2)
    expect(uncoveredDays([{ from: shanghaiInstant('2026-09-01'), to: shanghaiInstant('2026-09-13', '00:00') }], terms, '2026-09-30')).toBe(7)
    // 两段重叠不重复计
    const twice = [{ from: shanghaiInstant('2026-09-07'), to: shanghaiInstant('2026-09-12') }, { from: shanghaiInstant('2026-09-10'), to: null }]
    expect(uncoveredDays(twice, terms, '2026-09-30')).toBe(0)
  })
})
