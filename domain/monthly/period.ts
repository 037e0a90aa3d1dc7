/** 月报的时间口径：月份边界与应报周（均按 Asia/Shanghai，来自 domain/calendar） */
import { monthDates, monthRange, weekWindow, weeksDueInMonth } from '../calendar'
import type { DueWeek, Ratio } from '../../types/models-reports'
import type { TermInput } from './input'

export interface MonthPeriod {
  month: string
  /** 首日、末日、下月首日 'YYYY-MM-DD' */
  first: string
  last: string
  nextFirst: string
  /** [start, end) 时刻 */
  start: Date
  end: Date
  /** 应报周（各学期截止时刻落在本月的非假期周） */
  weeks: DueWeek[]
  /** 'termId:week' 集合 */
  weekKeys: Set<string>
}

export const weekKey = (termId: string, week: number): string => `${termId}:${week}`

export function monthPeriod(terms: TermInput[], month: string): MonthPeriod {
  const { first, last, nextFirst } = monthDates(month)
  const { start, end } = monthRange(month)
  const weeks: DueWeek[] = []
  for (const t of [...terms].sort((a, b) => a.startDate.localeCompare(b.startDate))) {
    for (const w of weeksDueInMonth(t, month)) weeks.push({ termId: t._id, week: w, monday: weekWindow(t, w).monday })
  }
  return { month, first, last, nextFirst, start, end, weeks, weekKeys: new Set(weeks.map((w) => weekKey(w.termId, w.week))) }
}

/** 时刻是否在月内 */
export function inPeriod(p: MonthPeriod, at: Date | null | undefined): boolean {
  if (!at) return false
  const t = new Date(at).getTime()
  return t >= p.start.getTime() && t < p.end.getTime()
}

/** 日期串是否在月内 */
export function dateInPeriod(p: MonthPeriod, date: string | null | undefined): boolean {
  return !!date && date >= p.first && date <= p.last
}

/** 比率（保留 4 位小数），分母为 0 返回 null */
export function ratio(num: number, den: number): Ratio {
  if (!den) return null
  return Math.round((num / den) * 10_000) / 10_000
}

/** 以固定键初始化计数表 */
export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
}

/** 中文名称排序 */
export const byName = <T extends { name: string }>(a: T, b: T): number => a.name.localeCompare(b.name, 'zh-Hans-CN')
