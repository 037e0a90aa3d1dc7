import { canFileWeek, isOnTime, shanghaiDate, submissionStatus, weekNumberAt, weekWindow, weeksDueInMonth, type TermCalendar } from '../../domain/calendar'

const term: TermCalendar = { startDate: '2026-09-07', weeks: 18, weeksOff: [4], deadlineWeekday: 7, deadlineTime: '22:00' }

describe('校历（Asia/Shanghai）', () => {
  test('第 1 周从周一 00:00 北京时间开始', () => {
    const w = weekWindow(term, 1)
    expect(w.start.toISOString()).toBe('2026-09-06T16:00:00.000Z')
    expect(w.due.toISOString()).toBe('2026-09-13T14:00:00.000Z')
  })
  test('周日 23:59 北京时间仍属本周，周一 00:00 进入下一周', () => {
    expect(weekNumberAt(term, new Date('2026-09-13T15:59:59Z'))).toBe(1)
    expect(weekNumberAt(term, new Date('2026-09-13T16:00:00Z'))).toBe(2)
  })
  test('截止那一分钟内提交算按时，下一分钟算迟报', () => {
    const w = weekWindow(term, 1)
    expect(isOnTime(w, new Date('2026-09-13T14:00:59Z'))).toBe(true)
    expect(isOnTime(w, new Date('2026-09-13T14:01:00Z'))).toBe(false)
  })
  test('假期周不可填报、未开始的周不可填报、超出学期不可填报', () => {
    const now = new Date('2026-10-01T00:00:00Z')
    expect(canFileWeek(term, 4, now)).toBe('off')
    expect(canFileWeek(term, 10, now)).toBe('not_started')
    expect(canFileWeek(term, 19, now)).toBe('out_of_range')
    expect(canFileWeek(term, 3, now)).toBe('ok')
  })
  test('过了截止仍未提交为未报', () => {
    expect(submissionStatus(term, 1, null, new Date('2026-09-14T00:00:00Z'))).toBe('missing')
    expect(submissionStatus(term, 1, null, new Date('2026-09-10T00:00:00Z'))).toBe('open')
  })
  test('北京时间日期与服务器时区无关', () => {
    expect(shanghaiDate(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01')
  })
  test('月报口径：截止时刻落在该月的非假期周', () => {
    expect(weeksDueInMonth(term, '2026-09')).toEqual([1, 2, 3])
    expect(weeksDueInMonth(term, '2026-10')).toEqual([5, 6, 7])
  })
})
