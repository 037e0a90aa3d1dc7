/** 重点关注库：月初/月末在库、新增、等级变更、解除、转介、逾期 */
import { followUpDue, isFollowUpOverdue } from '../followup'
import { LEVELS, type Level } from '../../types/domain'
import type { KeyCareSection } from '../../types/models-reports'
import type { KeyCareInput } from './input'
import { dateInPeriod, inPeriod, zeroCounts, type MonthPeriod } from './period'

const before = (at: Date | null | undefined, instant: Date): boolean => !!at && new Date(at).getTime() < instant.getTime()

/** 月初在库：入库日期早于本月首日，且未在月初前解除 */
export function inLibraryAtStart(e: KeyCareInput, p: MonthPeriod): boolean {
  return e.enteredAt < p.first && !before(e.closedAt, p.start)
}

/** 月末在库：入库日期不晚于本月末日，且未在月末前解除 */
export function inLibraryAtEnd(e: KeyCareInput, p: MonthPeriod): boolean {
  return e.enteredAt < p.nextFirst && !before(e.closedAt, p.end)
}

/** 本月任一时刻在库（个别情况描述的草拟范围） */
export function inLibraryDuring(e: KeyCareInput, p: MonthPeriod): boolean {
  return e.enteredAt < p.nextFirst && !before(e.closedAt, p.start)
}

/** 月末状态：转介日期不晚于月末为已转介，否则关注中 */
export function statusAtEnd(e: KeyCareInput, p: MonthPeriod): 'active' | 'referred' {
  return e.referral && e.referral.date < p.nextFirst ? 'referred' : 'active'
}

const isLevel = (v: string | undefined): v is Level => !!v && (LEVELS as readonly string[]).includes(v)

/** 月末等级：当前等级按月末之后的等级变更倒推 */
export function levelAtEnd(e: KeyCareInput, p: MonthPeriod): Level {
  const later = e.history
    .filter((h) => h.change === 'level' && !before(h.at, p.end) && isLevel(h.from))
    .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
  return later.length ? (later[0].from as Level) : e.level
}

/** 本月的转介事件（history 中的 refer；没有历史时用 referral.date） */
function referralsIn(e: KeyCareInput, p: MonthPeriod): Array<'center' | 'hospital'> {
  const events = e.history.filter((h) => h.change === 'refer')
  if (events.length === 0) return e.referral && dateInPeriod(p, e.referral.date) ? [e.referral.to] : []
  return events
    .filter((h) => inPeriod(p, h.at))
    .map((h) => (h.to === 'hospital' ? 'hospital' : 'center'))
}

/** 月末时的下次跟进日期（条目修改与谈话都只计月末之前的） */
export function followUpAtEnd(e: KeyCareInput, p: MonthPeriod): string {
  return followUpDue(e, e.followUps ?? [], p.end)
}

/** 月末逾期：domain/followup.ts 的规则，“今天”取下月首日 */
export function overdueAtEnd(e: KeyCareInput, p: MonthPeriod, status: string = statusAtEnd(e, p)): boolean {
  return isFollowUpOverdue(status, followUpAtEnd(e, p), p.nextFirst)
}

export function computeKeyCare(entries: KeyCareInput[], p: MonthPeriod): KeyCareSection {
  const s: KeyCareSection = {
    start: 0,
    end: 0,
    added: 0,
    levelChanges: 0,
    closed: 0,
    referred: 0,
    referredTo: { center: 0, hospital: 0 },
    overdue: 0,
    endByLevel: zeroCounts(LEVELS),
    endByStatus: { active: 0, referred: 0 },
  }
  for (const e of entries) {
    if (inLibraryAtStart(e, p)) s.start++
    if (dateInPeriod(p, e.enteredAt)) s.added++
    if (inPeriod(p, e.closedAt)) s.closed++
    s.levelChanges += e.history.filter((h) => h.change === 'level' && inPeriod(p, h.at)).length
    for (const to of referralsIn(e, p)) {
      s.referred++
      s.referredTo[to]++
    }
    if (!inLibraryAtEnd(e, p)) continue
    s.end++
    s.endByLevel[levelAtEnd(e, p)]++
    const status = statusAtEnd(e, p)
    s.endByStatus[status]++
    // 逾期：月末关注中且月末的下次跟进日期早于下月首日（与重点关注库“跟进逾期”同一规则）
    if (overdueAtEnd(e, p, status)) s.overdue++
  }
  return s
}
