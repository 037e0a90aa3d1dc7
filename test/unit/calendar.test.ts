import { canFileWeek, currentWeek, formatShanghaiDate, formatShanghaiDateTime, isOnTime, shanghaiDate, submissionStatus, weekNumberAt, weekWindow, weeksDueInMonth, type TermCalendar } from '../../domain/calendar'

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

describe('校历边界（周报）', () => {
  const fridayTerm: TermCalendar = { ...term, deadlineWeekday: 5, deadlineTime: '18:30' }

  test('截止时刻可配置：周五 18:30，18:30:59 按时、18:31 迟报', () => {
    const w = weekWindow(fridayTerm, 2)
    expect(w.due.toISOString()).toBe('2026-09-18T10:30:00.000Z')
    expect(submissionStatus(fridayTerm, 2, new Date('2026-09-18T10:30:59Z'), new Date('2026-09-25T00:00:00Z'))).toBe('on_time')
    expect(submissionStatus(fridayTerm, 2, new Date('2026-09-18T10:31:00Z'), new Date('2026-09-25T00:00:00Z'))).toBe('late')
    expect(submissionStatus(fridayTerm, 2, null, new Date('2026-09-18T10:31:00Z'))).toBe('missing')
  })

  test('周一 00:00 北京时间即可填报本周，前一秒仍是“未开始”', () => {
    expect(canFileWeek(term, 2, new Date('2026-09-13T15:59:59Z'))).toBe('not_started')
    expect(canFileWeek(term, 2, new Date('2026-09-13T16:00:00Z'))).toBe('ok')
    expect(submissionStatus(term, 2, null, new Date('2026-09-13T15:59:59Z'))).toBe('not_started')
  })

  test('假期周在任何时刻都是 off，即使已经过去', () => {
    expect(submissionStatus(term, 4, null, new Date('2026-12-01T00:00:00Z'))).toBe('off')
    expect(weekWindow(term, 4).off).toBe(true)
    expect(weekWindow(term, 5).off).toBe(false)
  })

  test('学期前为第 0 周，学期结束后为 weeks+1；当前周为 null', () => {
    expect(weekNumberAt(term, new Date('2026-09-06T15:59:59Z'))).toBe(0)
    expect(currentWeek(term, new Date('2026-09-06T15:59:59Z'))).toBeNull()
    // 第 18 周：2027-01-04 起；学期在 2027-01-11 00:00 北京时间结束
    expect(weekNumberAt(term, new Date('2027-01-10T15:59:59Z'))).toBe(18)
    expect(weekNumberAt(term, new Date('2027-01-10T16:00:00Z'))).toBe(19)
    expect(currentWeek(term, new Date('2027-01-10T16:00:00Z'))).toBeNull()
  })

  test('学期结束后仍可补报最后一周（迟报），但不能报第 19 周或第 0 周', () => {
    const after = new Date('2027-01-20T00:00:00Z')
    expect(canFileWeek(term, 18, after)).toBe('ok')
    expect(submissionStatus(term, 18, after, after)).toBe('late')
    expect(canFileWeek(term, 19, after)).toBe('out_of_range')
    expect(canFileWeek(term, 0, after)).toBe('out_of_range')
    expect(canFileWeek(term, 1.5, after)).toBe('out_of_range')
  })

  test('跨年、跨月的周窗口按北京时间计算', () => {
    const w = weekWindow(term, 17) // 2026-12-28 周一 … 2027-01-03 周日
    expect(w.monday).toBe('2026-12-28')
    expect(w.due.toISOString()).toBe('2027-01-03T14:00:00.000Z')
    expect(shanghaiDate(w.due)).toBe('2027-01-03')
  })

  test('服务器时区不影响结果（UTC、纽约夏令时切换、上海、UTC+14）', () => {
    const probe = () => [
      weekNumberAt(term, new Date('2026-11-01T06:30:00Z')), // 纽约夏令时结束当天
      weekWindow(term, 9).due.toISOString(),
      shanghaiDate(new Date('2026-11-01T16:30:00Z')),
      submissionStatus(term, 8, new Date('2026-11-01T14:00:30Z'), new Date('2026-11-02T00:00:00Z')),
      canFileWeek(term, 9, new Date('2026-11-01T16:00:00Z')),
      weeksDueInMonth(term, '2026-11').join(','),
    ]
    const original = process.env.TZ
    try {
      const results = ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati'].map((tz) => {
        process.env.TZ = tz
        return probe()
      })
      expect(results[0]).toEqual([8, '2026-11-08T14:00:00.000Z', '2026-11-02', 'on_time', 'ok', '8,9,10,11,12'])
      for (const r of results) expect(r).toEqual(results[0])
    } finally {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
  })
})

describe('北京时间的可读格式', () => {
  test('UTC 10-31 18:50 是北京时间 11-01 02:50', () => {
    expect(formatShanghaiDateTime(new Date('2026-10-31T18:50:06Z'))).toBe('2026-11-01 02:50')
    expect(formatShanghaiDateTime('2026-10-31T18:50:06.000Z')).toBe('2026-11-01 02:50')
    expect(formatShanghaiDate('2026-10-31T16:00:00.000Z')).toBe('2026-11-01')
    expect(formatShanghaiDateTime(null)).toBe('')
    expect(formatShanghaiDate(undefined)).toBe('')
  })
})
