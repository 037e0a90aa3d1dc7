import { followUpDue, isFollowUpOverdue } from '../../domain/followup'

const at = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`)
const entry = {
  status: 'active', nextFollowUp: '2026-11-29',
  history: [{ at: at('2026-11-20 10:00'), change: 'enter', to: 'key' }],
}

describe('下次跟进与逾期（一条规则）', () => {
  test('之后记录的谈话把下次跟进改到 12-03：12-01 不再逾期', () => {
    const talks = [{ followUpDate: '2026-12-03', createdAt: at('2026-11-28 15:00') }]
    expect(followUpDue(entry, talks)).toBe('2026-12-03')
    expect(isFollowUpOverdue('active', followUpDue(entry, talks), '2026-12-01')).toBe(false)
    expect(isFollowUpOverdue('active', followUpDue(entry, []), '2026-12-01')).toBe(true)
  })
  test('条目之后又被手动修改：以最后一次设定为准', () => {
    const e = { ...entry, nextFollowUp: '2026-12-10', history: [...entry.history, { at: at('2026-11-29 09:00'), change: 'follow_up', from: '2026-11-29', to: '2026-12-10' }] }
    expect(followUpDue(e, [{ followUpDate: '2026-12-03', createdAt: at('2026-11-28 15:00') }])).toBe('2026-12-10')
    expect(followUpDue(e, [{ followUpDate: '2026-12-03', createdAt: at('2026-11-30 15:00') }])).toBe('2026-12-03')
  })
  test('按某一时刻倒推（月报的月末口径）：之后的修改与谈话不计', () => {
    const e = { ...entry, nextFollowUp: '2026-12-10', history: [...entry.history, { at: at('2026-12-02 09:00'), change: 'follow_up', from: '2026-11-29', to: '2026-12-10' }] }
    const talks = [{ followUpDate: '2026-12-20', createdAt: at('2026-12-05 15:00') }]
    expect(followUpDue(e, talks, at('2026-12-01 00:00'))).toBe('2026-11-29')
    expect(followUpDue(e, talks, at('2026-12-03 00:00'))).toBe('2026-12-10')
    expect(followUpDue(e, talks)).toBe('2026-12-20')
  })
  test('没有填下次跟进的谈话不改日期；已转介、已解除不算逾期', () => {
    expect(followUpDue(entry, [{ followUpDate: null, createdAt: at('2026-11-28 15:00') }])).toBe('2026-11-29')
    expect(isFollowUpOverdue('referred', '2026-11-01', '2026-12-01')).toBe(false)
    expect(isFollowUpOverdue('closed', '2026-11-01', '2026-12-01')).toBe(false)
  })
})
