import { barWidth, deltaText, lastFinishedMonth, monthText, pct, stepMonth, trendValue } from '../../src/features/reports/format'

describe('月报页面的显示工具', () => {
  const now = new Date('2026-10-31T16:30:00Z') // 北京时间 11-01 00:30
  test('默认月份是北京时间的上个月；不能翻到未结束的月份', () => {
    expect(lastFinishedMonth(now)).toBe('2026-10')
    expect(lastFinishedMonth(new Date('2026-10-31T15:59:00Z'))).toBe('2026-09')
    expect(stepMonth('2026-10', 1, now)).toBeNull()
    expect(stepMonth('2026-10', -1, now)).toBe('2026-09')
    expect(stepMonth('2026-01', -1, now)).toBe('2025-12')
    expect(monthText('2026-03')).toBe('2026年3月')
  })
  test('比率、变化与条宽', () => {
    expect(pct(0.6111)).toBe('61.1%')
    expect(pct(null)).toBe('—')
    expect(trendValue({ unit: 'ratio' }, 1)).toBe('100.0%')
    expect(deltaText({ key: 'r', label: '', unit: 'ratio', current: 0.6111, previous: 1 })).toBe('↓ 38.9 个百分点')
    expect(deltaText({ key: 'c', label: '', unit: 'count', current: 4, previous: 3 })).toBe('↑ 1')
    expect(deltaText({ key: 'c', label: '', unit: 'count', current: 3, previous: 3 })).toBe('持平')
    expect(barWidth(0, 10)).toBe('0%')
    expect(barWidth(1, 1000)).toBe('2%')
    expect(barWidth(5, 10)).toBe('50%')
  })
})
