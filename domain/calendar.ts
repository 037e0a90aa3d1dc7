/**
 * 校历模块：所有 Asia/Shanghai 周次与日期计算的唯一来源（小程序与云函数共用）。
 * Asia/Shanghai 自 1991 年起没有夏令时，固定为 UTC+8，因此用固定偏移计算，
 * 结果与服务器时区无关（云函数运行在 UTC）。
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { SHANGHAI_OFFSET_MINUTES } from './shanghai-format'

dayjs.extend(utc)

export { SHANGHAI_OFFSET_MINUTES }
const DAY_MS = 86_400_000

/** 学期校历 */
export interface TermCalendar {
  /** 第 1 周的周一，'YYYY-MM-DD' */
  startDate: string
  /** 周数 N（周次 1..N） */
  weeks: number
  /** 假期周次 */
  weeksOff: number[]
  /** 截止：周几（1=周一 … 7=周日），默认 7 */
  deadlineWeekday: number
  /** 截止时刻 'HH:mm'，默认 '22:00' */
  deadlineTime: string
}

export const DEFAULT_DEADLINE = { deadlineWeekday: 7, deadlineTime: '22:00' } as const

/** 某一时刻在北京时间下的 dayjs 对象 */
export function inShanghai(instant: Date | number | string): Dayjs {
  return dayjs(instant).utcOffset(SHANGHAI_OFFSET_MINUTES)
}

/** 北京时间的 'YYYY-MM-DD' 日期串 + 'HH:mm' → UTC 时刻 */
export function shanghaiInstant(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  return new Date(Date.UTC(y, m - 1, d, hh, mm) - SHANGHAI_OFFSET_MINUTES * 60_000)
}

/** 时刻在北京时间下的日期 'YYYY-MM-DD' */
export function shanghaiDate(instant: Date | number): string {
  return inShanghai(instant).format('YYYY-MM-DD')
}

/** 时刻在北京时间下的月份 'YYYY-MM' */
export function shanghaiMonth(instant: Date | number): string {
  return inShanghai(instant).format('YYYY-MM')
}

/** 日期串加减天数 */
export function addDays(date: string, days: number): string {
  return shanghaiDate(shanghaiInstant(date).getTime() + days * DAY_MS)
}

/** 两个日期串相差天数（b - a） */
export function daysBetween(a: string, b: string): number {
  return Math.round((shanghaiInstant(b).getTime() - shanghaiInstant(a).getTime()) / DAY_MS)
}

/** 日期串是否合法（且为真实存在的日期） */
export function isValidDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false
  return shanghaiDate(shanghaiInstant(date)) === date
}

/** 日期串是周几（1=周一 … 7=周日） */
export function weekdayOf(date: string): number {
  const d = new Date(shanghaiInstant(date).getTime() + SHANGHAI_OFFSET_MINUTES * 60_000).getUTCDay()
  return d === 0 ? 7 : d
}

/** 月份的起止时刻 [start, end)（北京时间自然月） */
export function monthRange(month: string): { start: Date; end: Date } {
  const start = shanghaiInstant(`${month}-01`)
  const [y, m] = month.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  return { start, end: shanghaiInstant(`${next}-01`) }
}

/** 上一个月 'YYYY-MM' */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** 周次的时间窗 [start, end) 与截止时刻 due */
export interface WeekWindow {
  week: number
  /** 周一 00:00（北京时间） */
  start: Date
  /** 下周一 00:00（北京时间） */
  end: Date
  /** 截止时刻 */
  due: Date
  /** 周一日期 'YYYY-MM-DD' */
  monday: string
  /** 是否假期周 */
  off: boolean
}

export function weekWindow(term: TermCalendar, week: number): WeekWindow {
  const monday = addDays(term.startDate, (week - 1) * 7)
  const start = shanghaiInstant(monday)
  const dueDate = addDays(monday, (term.deadlineWeekday || 7) - 1)
  return {
    week,
    start,
    end: shanghaiInstant(addDays(monday, 7)),
    due: shanghaiInstant(dueDate, term.deadlineTime || '22:00'),
    monday,
    off: term.weeksOff.includes(week),
  }
}

/** 某时刻所在周次：学期前为 0，学期后为 weeks+1 */
export function weekNumberAt(term: TermCalendar, instant: Date | number): number {
  const t = typeof instant === 'number' ? instant : instant.getTime()
  const diff = t - shanghaiInstant(term.startDate).getTime()
  if (diff < 0) return 0
  const w = Math.floor(diff / (7 * DAY_MS)) + 1
  return Math.min(w, term.weeks + 1)
}

/** 截止时刻所在的那一分钟仍算按时（如 22:00 截止，22:00:59 提交为按时） */
export function isOnTime(window: Pick<WeekWindow, 'due'>, submittedAt: Date): boolean {
  return submittedAt.getTime() < window.due.getTime() + 60_000
}

/** 某周某单位的报送状态 */
export type WeekSubmissionStatus =
  | 'off' // 假期周
  | 'not_started' // 尚未开始
  | 'open' // 进行中、尚未截止、未提交
  | 'on_time' // 按时
  | 'late' // 迟报
  | 'missing' // 未报（已过截止且未提交）

export function submissionStatus(
  term: TermCalendar,
  week: number,
  firstSubmittedAt: Date | null,
  now: Date,
): WeekSubmissionStatus {
  const w = weekWindow(term, week)
  if (w.off) return 'off'
  if (firstSubmittedAt) return isOnTime(w, firstSubmittedAt) ? 'on_time' : 'late'
  if (now.getTime() < w.start.getTime()) return 'not_started'
  if (isOnTime(w, now)) return 'open'
  return 'missing'
}

/** 能否为该周提交：周次存在、不是假期、已经开始 */
export type FileCheck = 'ok' | 'out_of_range' | 'off' | 'not_started'
export function canFileWeek(term: TermCalendar, week: number, now: Date): FileCheck {
  if (!Number.isInteger(week) || week < 1 || week > term.weeks) return 'out_of_range'
  const w = weekWindow(term, week)
  if (w.off) return 'off'
  if (now.getTime() < w.start.getTime()) return 'not_started'
  return 'ok'
}

/** 截止时刻落在该月内的非假期周次（月报“应报”口径） */
export function weeksDueInMonth(term: TermCalendar, month: string): number[] {
  const { start, end } = monthRange(month)
  const out: number[] = []
  for (let w = 1; w <= term.weeks; w++) {
    const win = weekWindow(term, w)
    if (win.off) continue
    if (win.due.getTime() >= start.getTime() && win.due.getTime() < end.getTime()) out.push(w)
  }
  return out
}

/** 当前周：学期内返回周次，否则 null */
export function currentWeek(term: TermCalendar, now: Date): number | null {
  const w = weekNumberAt(term, now)
  return w >= 1 && w <= term.weeks ? w : null
}

/** 缺省周次（校历上的本周）：学期内取当前周，学期前取第 1 周，学期后取最后一周 */
export function defaultTermWeek(term: TermCalendar, now: Date): number {
  const w = currentWeek(term, now)
  if (w) return w
  return now.getTime() < weekWindow(term, 1).start.getTime() ? 1 : term.weeks
}

/** 晚点名的缺省周次：晚点名在周末，周一至周五取上一周（跳过假期周），周六、周日取本周；学期外同 defaultTermWeek */
export function defaultRollCallWeek(term: TermCalendar, now: Date): number {
  const w = currentWeek(term, now)
  if (!w || weekdayOf(shanghaiDate(now)) >= 6) return w ?? defaultTermWeek(term, now)
  let prev = w - 1
  while (prev >= 1 && term.weeksOff.includes(prev)) prev--
  return prev >= 1 ? prev : w
}

/** 月份串是否合法 'YYYY-MM'（01..12） */
export function isValidMonth(month: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month)
}

/** 下一个月 'YYYY-MM' */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** 月份的日期边界（北京时间）：首日、末日、下月首日，均为 'YYYY-MM-DD' */
export function monthDates(month: string): { first: string; last: string; nextFirst: string } {
  const nextFirst = `${nextMonth(month)}-01`
  return { first: `${month}-01`, last: addDays(nextFirst, -1), nextFirst }
}

/** 该月（北京时间自然月）是否已经完全结束 */
export function isMonthFinished(month: string, now: Date): boolean {
  return monthRange(month).end.getTime() <= now.getTime()
}

// ───────────── 显示格式（北京时间）：实现在 shanghai-format.ts（不依赖 dayjs，主包页面可直接用） ─────────────

export { formatMonthDay, formatMonthDayTime, formatShanghaiDate, formatShanghaiDateTime, shanghaiHour, shanghaiParts } from './shanghai-format'
export type { InstantLike } from './shanghai-format'

/** 日期串当天中午（北京时间）的时刻：只有日期的记录在时间线上排序用 */
export function shanghaiNoon(date: string): Date {
  return shanghaiInstant(date, '12:00')
}

// ───────────── 学期阶段：学期中 / 假期中（寒暑假）/ 未设置学期 ─────────────

/** 学期阶段（首页与每周页面共用） */
export type TermPhase =
  | { kind: 'in_term'; week: number }
  /** 假期中：上一学期已结束（或第一学期尚未开始）；nextStart 为下学期第 1 周周一（已设置时） */
  | { kind: 'between_terms'; nextStart: string | null; lastEnded: string | null }
  | { kind: 'no_term' }

/** 学期结束日（最后一周的周日，'YYYY-MM-DD'） */
export function termLastDay(term: Pick<TermCalendar, 'startDate' | 'weeks'>): string {
  return addDays(term.startDate, term.weeks * 7 - 1)
}

/** now 所处的学期阶段：在某学期时间窗内为 in_term，否则为假期（带下学期开始日），一个学期都没有为 no_term */
export function termPhase(terms: readonly Pick<TermCalendar, 'startDate' | 'weeks' | 'weeksOff' | 'deadlineWeekday' | 'deadlineTime'>[], now: Date): TermPhase {
  if (terms.length === 0) return { kind: 'no_term' }
  for (const t of terms) {
    const w = currentWeek(t as TermCalendar, now)
    if (w !== null) return { kind: 'in_term', week: w }
  }
  const today = shanghaiDate(now)
  const next = terms.filter((t) => t.startDate > today).map((t) => t.startDate).sort()[0] ?? null
  const last = terms.map((t) => termLastDay(t)).filter((d) => d < today).sort().pop() ?? null
  return { kind: 'between_terms', nextStart: next, lastEnded: last }
}

// ───────────── 学年与选择器默认值 ─────────────

/** 日期所在学年的起始年份：8 月 1 日起为新学年（2026-09-07 → 2026，2027-03-01 → 2026） */
export function schoolYearStartOf(date: string): number {
  const [y, m] = date.split('-').map(Number)
  return m >= 8 ? y : y - 1
}

/** 学年名 '2026-2027' */
export function schoolYearOf(date: string): string {
  const y = schoolYearStartOf(date)
  return `${y}-${y + 1}`
}

/** 前后第 n 个学年：shiftSchoolYear('2026-2027', -1) → '2025-2026' */
export function shiftSchoolYear(schoolYear: string, n: number): string {
  const y = Number(schoolYear.slice(0, 4)) + n
  return `${y}-${y + 1}`
}

/** 学年最后一天 'YYYY-07-31'（任期结束日等选择器的默认值） */
export function schoolYearEnd(date: string): string {
  return `${schoolYearStartOf(date) + 1}-07-31`
}

/** 学年 '2026-2027' 的日期范围：8 月 1 日至次年 7 月 31 日（含） */
export function schoolYearDates(schoolYear: string): { first: string; last: string } {
  const y = Number(schoolYear.slice(0, 4))
  return { first: `${y}-08-01`, last: `${y + 1}-07-31` }
}

/** 学年的 12 个月 'YYYY-MM'（8 月起） */
export function schoolYearMonths(schoolYear: string): string[] {
  const y = Number(schoolYear.slice(0, 4))
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((7 + i) % 12) + 1
    return `${m >= 8 ? y : y + 1}-${String(m).padStart(2, '0')}`
  })
}

/** 当天或之后的第一个周一（新学期开始日选择器的默认值） */
export function mondayOnOrAfter(date: string): string {
  const wd = weekdayOf(date)
  return wd === 1 ? date : addDays(date, 8 - wd)
}

/** 今天（北京时间）'YYYY-MM-DD'：界面上的日期默认值 */
export function todayInShanghai(now: Date = new Date()): string {
  return shanghaiDate(now)
}
