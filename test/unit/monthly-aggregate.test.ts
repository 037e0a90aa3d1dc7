import { aggregateMonth } from '../../domain/monthly'
import { sampleMonth } from './monthly-sample'

const s = aggregateMonth(sampleMonth())
const unit = (id: string) => s.submission.units.find((u) => u.unitId === id)!

describe('月报聚合：报送情况（2026-10，应报第 5–7 周）', () => {
  test('应报周：第 4 周假期不计，第 8 周截止在 11 月不计', () => {
    expect(s.submission.weeks.map((w) => w.week)).toEqual([5, 6, 7])
  })
  test('每个班级、宿舍的应报/已报/按时/迟报/未报/零报告', () => {
    expect(unit('cA')).toMatchObject({ kind: 'class', name: '机电2301班', expected: 3, submitted: 3, onTime: 2, late: 1, missing: 0, zero: 1 })
    expect(unit('cB')).toMatchObject({ expected: 3, submitted: 1, onTime: 1, late: 0, missing: 2, zero: 1 })
    expect(unit('cC')).toMatchObject({ expected: 3, submitted: 3, onTime: 2, late: 1, missing: 0, zero: 3 })
    expect(unit('dA')).toMatchObject({ expected: 3, submitted: 3, onTime: 3, late: 0, missing: 0, zero: 2 })
    expect(unit('dB')).toMatchObject({ expected: 3, submitted: 0, onTime: 0, late: 0, missing: 3, zero: 0 })
    expect(unit('dC')).toMatchObject({ expected: 3, submitted: 1, onTime: 1, late: 0, missing: 2, zero: 1 })
  })
  test('按班级、按宿舍、全站合计与比率（零报告计入已报）', () => {
    expect(s.submission.class).toEqual({
      units: 3, expected: 9, submitted: 7, onTime: 5, late: 2, missing: 2, zero: 5,
      submissionRate: 0.7778, onTimeRate: 0.5556, zeroRate: 0.7143,
    })
    expect(s.submission.dorm).toMatchObject({ units: 3, expected: 9, submitted: 4, onTime: 4, late: 0, missing: 5, zero: 3 })
    expect(s.submission.total).toEqual({
      units: 6, expected: 18, submitted: 11, onTime: 9, late: 2, missing: 7, zero: 8,
      submissionRate: 0.6111, onTimeRate: 0.5, zeroRate: 0.7273,
    })
  })
})

describe('月报聚合：关注情况', () => {
  test('条目按类别（一条多类别各计一次）、按等级、按来源', () => {
    expect(s.concerns.entries).toBe(4)
    expect(s.concerns.byKind).toEqual({ class: 3, dorm: 1 })
    expect(s.concerns.byLevel).toEqual({ general: 2, key: 1, crisis: 1 })
    expect(s.concerns.byCategory).toMatchObject({ 学业压力: 1, 情绪异常: 3, 人际关系: 1, 自伤自杀言行: 1, 家庭变故: 0 })
  })
  test('同一学生被班级和宿舍同时报告只算一人；上月也被关注的为持续', () => {
    expect(s.concerns.students).toEqual({ distinct: 3, new: 2, continuing: 1, byHighestLevel: { general: 1, key: 1, crisis: 1 } })
  })
  test('即时报告按北京时间归月，确认用时中位数与最大值', () => {
    expect(s.concerns.alerts).toEqual({
      total: 4, bySource: { concern: 1, button: 3 }, acked: 3, ackedInTime: 2, unacked: 1, escalated: 2,
      ackMinutesMedian: 20, ackMinutesMax: 45,
    })
  })
})

describe('月报聚合：重点关注库', () => {
  test('月初/月末在库、新增、等级变更、解除、转介（危机个案月中转介）、逾期', () => {
    expect(s.keyCare).toEqual({
      start: 3, end: 4, added: 2, levelChanges: 1, closed: 1, referred: 1, referredTo: { center: 1, hospital: 0 }, overdue: 1,
      endByLevel: { general: 2, key: 1, crisis: 1 }, endByStatus: { active: 3, referred: 1 },
    })
  })
})

describe('月报聚合：晚点名', () => {
  test('应点名班次、已记录、已确认（退回后确认按确认计）、出勤率、缺勤原因', () => {
    const { classes, ...rest } = s.rollCalls
    expect(rest).toEqual({
      classWeeks: 9, recorded: 6, confirmed: 4, pending: 1, returned: 1, expected: 21, present: 17, attendanceRate: 0.8095,
      absences: { leave: 1, truant: 1, late_return: 1, other: 1 },
    })
    expect(classes).toEqual([
      { classId: 'cA', name: '机电2301班', weeks: 3, recorded: 3, confirmed: 2, expected: 12, present: 9 },
      { classId: 'cB', name: '机电2302班', weeks: 3, recorded: 1, confirmed: 0, expected: 3, present: 3 },
      { classId: 'cC', name: '机电2401班', weeks: 3, recorded: 2, confirmed: 2, expected: 6, present: 5 },
    ])
  })
})

describe('月报聚合：谈心谈话', () => {
  test('按辅导员、按类型，11 月 1 日的谈话不计入 10 月', () => {
    expect(s.talks.total).toBe(6)
    expect(s.talks.students).toBe(5)
    expect(s.talks.referred).toBe(1)
    expect(s.talks.byType).toMatchObject({ key_care: 1, crisis: 2, daily: 3, academic: 0 })
    expect(s.talks.byCounselor).toEqual([
      { counselorId: 'pA', name: '钱老师', talks: 5, students: 4 },
      { counselorId: 'pB', name: '冯老师', talks: 1, students: 1 },
    ])
  })
  test('被关注学生 7 日内谈话覆盖：a1、a3 有，a2 超过 7 天', () => {
    expect(s.talks.followUp7d).toEqual({ flagged: 3, talked: 2, pending: 0, share: 0.6667 })
  })
  test('7 日窗口未结束且暂无谈话的不计入分母', () => {
    const input = sampleMonth()
    input.talks = input.talks.filter((t) => t.studentId !== 'a3')
    expect(aggregateMonth(input).talks.followUp7d).toEqual({ flagged: 3, talked: 1, pending: 1, share: 0.5 })
  })
  test('朋辈谈心按班级、宿舍：记录数与已确认数', () => {
    expect(s.talks.peer).toEqual({
      logged: 5, confirmed: 3,
      byKind: { class: { logged: 3, confirmed: 2 }, dorm: { logged: 2, confirmed: 1 } },
      units: [
        { kind: 'class', unitId: 'cA', name: '机电2301班', logged: 3, confirmed: 2 },
        { kind: 'dorm', unitId: 'dA', name: '12栋305', logged: 1, confirmed: 1 },
        { kind: 'dorm', unitId: 'dC', name: '13栋201', logged: 1, confirmed: 0 },
      ],
    })
  })
})

describe('月报聚合：与上月趋势', () => {
  test('上月用同一口径计算', () => {
    expect(s.previousFigures).toMatchObject({
      reportsExpected: 18, reportsSubmitted: 18, reportsOnTime: 18, reportsZero: 16, reportsMissing: 0,
      concernEntries: 2, concernStudents: 2, crisisEntries: 0, alerts: 1,
      keyCareEnd: 3, keyCareAdded: 3, keyCareClosed: 1, keyCareReferred: 0, keyCareOverdue: 0,
      rollCallsExpected: 9, rollCallsRecorded: 1, attendanceExpected: 4, attendancePresent: 4,
      talks: 1, followUpFlagged: 2, followUpTalked: 0, peerLogged: 3, peerConfirmed: 3,
    })
  })
  test('关键指标本月与上月并列', () => {
    const row = (k: string) => s.trend.find((t) => t.key === k)!
    expect(row('submissionRate')).toEqual({ key: 'submissionRate', label: '报送率', unit: 'ratio', current: 0.6111, previous: 1 })
    expect(row('concernStudents')).toMatchObject({ current: 3, previous: 2 })
    expect(row('keyCareEnd')).toMatchObject({ current: 4, previous: 3 })
    expect(row('attendanceRate')).toMatchObject({ current: 0.8095, previous: 1 })
    expect(row('followUpShare')).toMatchObject({ current: 0.6667, previous: 0 })
    expect(row('peerConfirmed')).toMatchObject({ current: 3, previous: 3 })
  })
})
