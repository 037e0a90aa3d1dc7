import { isMonthFinished, isValidMonth, monthDates, monthRange, nextMonth, previousMonth } from '../../domain/calendar'
import { aggregateMonth } from '../../domain/monthly'
import { sampleMonth } from './monthly-sample'

describe('月份边界（Asia/Shanghai，与服务器时区无关）', () => {
  const originalTz = process.env.TZ
  afterAll(() => {
    process.env.TZ = originalTz
  })

  test('月份的起止时刻、首末日期与相邻月份', () => {
    expect(monthRange('2026-10').start.toISOString()).toBe('2026-09-30T16:00:00.000Z')
    expect(monthRange('2026-12').end.toISOString()).toBe('2026-12-31T16:00:00.000Z')
    expect(monthDates('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28', nextFirst: '2026-03-01' })
    expect(monthDates('2028-02').last).toBe('2028-02-29')
    expect(nextMonth('2026-12')).toBe('2027-01')
    expect(previousMonth('2027-01')).toBe('2026-12')
  })

  test('月份格式校验', () => {
    expect(isValidMonth('2026-10')).toBe(true)
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-10', '2026/10', '2026-10-01']) expect(isValidMonth(bad)).toBe(false)
  })

  test('月份在北京时间次月 1 日 00:00 才算结束', () => {
    expect(isMonthFinished('2026-10', new Date('2026-10-31T15:59:59Z'))).toBe(false)
    expect(isMonthFinished('2026-10', new Date('2026-10-31T16:00:00Z'))).toBe(true)
  })

  test.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai'])('服务器时区为 %s 时聚合结果相同', (tz) => {
    process.env.TZ = tz
    const s = aggregateMonth(sampleMonth())
    // UTC 9 月 30 日 16:30 的即时报告属于北京时间 10 月；UTC 10 月 31 日 16:00 的属于 11 月
    expect(s.concerns.alerts.total).toBe(4)
    expect(s.previousFigures.alerts).toBe(1)
    expect(s.submission.weeks.map((w) => w.week)).toEqual([5, 6, 7])
    expect(s.keyCare.start).toBe(3)
    expect(s.talks.total).toBe(6)
    expect(s.talks.followUp7d.talked).toBe(2)
  })
})
