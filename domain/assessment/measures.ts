/**
 * 考核指标用到的基本量（纯函数）：中位数、比例、学期窗口、月报按时、缺任天数。
 * 日期与时刻一律经 domain/calendar（Asia/Shanghai）。
 */
import type { MonthStatus, TermWindow } from '../../types/models-assessment'
import { addDays, daysBetween, nextMonth, shanghaiDate, type TermCalendar } from '../calendar'

/** 中位数（偶数个取中间两数的平均）；空为 null */
export function median(values: number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** 比例 num/den（不取整，供显示）；分母为 0 为 null */
export function share(num: number, den: number): number | null {
  return den ? num / den : null
}

/** num/den ≥ pct%（整数比较，避免浮点误差；分母为 0 视为达到） */
export function atLeast(num: number, den: number, pct: number): boolean {
  return den === 0 || num * 100 >= den * pct
}

/** 学年中的一个学期（校历 + 名称） */
export interface YearTermInput extends TermCalendar {
  id: string
  /** 如 “2026-2027学年第一学期” */
  name: string
}

const TERM_ORDINALS = ['第一学期', '第二学期', '第三学期', '第四学期']

/** 学年内各学期的日期窗口（按开始日期排序）；today 为评估日 'YYYY-MM-DD' */
export function termWindows(terms: YearTermInput[], today: string): TermWindow[] {
  return [...terms]
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((t, i) => {
      const last = addDays(t.startDate, t.weeks * 7 - 1)
      const label = /第[一二三四]学期/.exec(t.name)?.[0] ?? TERM_ORDINALS[i] ?? `第${i + 1}学期`
      return { id: t.id, name: t.name, label, first: t.startDate, last, started: t.startDate <= today, ended: last < today }
    })
}

/** 日期落在哪个学期（不在任何学期内为 null） */
export function termOfDate(windows: TermWindow[], date: string): TermWindow | null {
  return windows.find((w) => date >= w.first && date <= w.last) ?? null
}

/** 月报截止日：次月第 day 日 'YYYY-MM-DD' */
export function monthlyDeadline(month: string, day: number): string {
  return `${nextMonth(month)}-${String(day).padStart(2, '0')}`
}

/**
 * 某月月报的报送情况：首次提交时刻在北京时间截止日当天（含 23:59）之前为按时；
 * 未提交且截止日已过为未报，截止日未过为进行中。
 */
export function monthStatus(month: string, day: number, submittedAt: Date | null, today: string): { status: MonthStatus; deadline: string; submittedOn: string | null; daysLate: number } {
  const deadline = monthlyDeadline(month, day)
  if (submittedAt) {
    const submittedOn = shanghaiDate(submittedAt)
    const daysLate = Math.max(0, daysBetween(deadline, submittedOn))
    return { status: daysLate ? 'late' : 'on_time', deadline, submittedOn, daysLate }
  }
  return { status: today > deadline ? 'missing' : 'open', deadline, submittedOn: null, daysLate: 0 }
}

/** 一段任职：开始时刻与结束时刻（未结束为 null） */
export interface ServiceInterval {
  from: Date
  to: Date | null
}

/**
 * 缺任天数：学期内（截至 today，含当日）没有任何一段任职覆盖的天数。
 * 任职在某天任何时刻有效即算覆盖当天；学期之间的假期不计。
 */
export function uncoveredDays(intervals: ServiceInterval[], windows: TermWindow[], today: string): number {
  const spans = intervals
    .map((s) => ({ a: shanghaiDate(s.from), b: s.to ? shanghaiDate(s.to) : '9999-12-31' }))
    .filter((s) => s.a <= s.b)
    .sort((x, y) => x.a.localeCompare(y.a))
  const merged: Array<{ a: string; b: string }> = []
  for (const s of spans) {
    const top = merged[merged.length - 1]
    if (top && s.a <= addDays(top.b, 1)) top.b = s.b > top.b ? s.b : top.b
    else merged.push({ ...s })
  }
  let missing = 0
  for (const w of windows) {
    if (!w.started) continue
    const end = w.last < today ? w.last : today
    let covered = 0
    for (const s of merged) {
      const a = s.a > w.first ? s.a : w.first
      const b = s.b < end ? s.b : end
      if (a <= b) covered += daysBetween(a, b) + 1
    }
    missing += daysBetween(w.first, end) + 1 - covered
  }
  return missing
}

/** 年级的称呼：'2023级' → '2023 级' */
export const gradeText = (grade: string): string => grade.replace(/^(\d{4})\s*级$/, '$1 级')

/** 骨干培训中角色的称呼（考评细则的用语：“每个年级心理委员、宿舍心理观察员”） */
export const CADRE_LABELS = { committee: '心理委员', observer: '宿舍心理观察员' } as const
