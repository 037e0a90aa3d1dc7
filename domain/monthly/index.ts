/**
 * 月报聚合（纯函数）：输入为加载器读出的记录，输出为月报各节与草拟的个别情况描述。
 * 口径说明见 docs/monthly-report.md。
 */
import { previousMonth } from '../calendar'
import type { CaseRow, MonthlySections } from '../../types/models-reports'
import { draftCases } from './cases'
import { computeConcerns } from './concerns'
import { figuresOf, trendRows, type SectionSet } from './figures'
import type { MonthInput } from './input'
import { computeKeyCare } from './keycare'
import { computeLedger } from './ledger'
import { monthPeriod, type MonthPeriod } from './period'
import { computeRollCalls } from './rollcalls'
import { computeSubmission } from './submission'
import { computeTalks } from './talks'

function sectionsFor(input: MonthInput, p: MonthPeriod, prev: MonthPeriod): SectionSet {
  return {
    submission: computeSubmission(input, p),
    concerns: computeConcerns(input, p, prev),
    keyCare: computeKeyCare(input.keyCare, p),
    rollCalls: computeRollCalls(input, p),
    talks: computeTalks(input, p),
  }
}

/** 本月各节 + 关键指标 + 与上月的趋势（上月用同一套口径、同一批记录计算） */
export function aggregateMonth(input: MonthInput): MonthlySections {
  const prevMonth = previousMonth(input.month)
  const p = monthPeriod(input.terms, input.month)
  const prev = monthPeriod(input.terms, prevMonth)
  const current = sectionsFor(input, p, prev)
  const figures = figuresOf(current)
  // 上月指标总由上月记录按同一口径计算（不抄上月月报：其草稿可能早于补交的记录）；上月的“新增/持续”不进入趋势，上上月用上月代替
  const previousFigures = figuresOf(sectionsFor(input, prev, prev))
  return {
    month: input.month,
    previousMonth: prevMonth,
    previousSource: 'records',
    ...current,
    ...(input.ledger ? { ledger: computeLedger(input.ledger, p, input.generatedAt) } : {}),
    figures,
    previousFigures,
    trend: trendRows(figures, previousFigures),
  }
}

/** 个别情况描述草拟行 */
export function draftMonthCases(input: MonthInput): CaseRow[] {
  return draftCases(input, monthPeriod(input.terms, input.month), monthPeriod(input.terms, previousMonth(input.month)))
}

export { mergeCases, applyCaseEdits, sameContent } from './cases'
export { figuresOf, sumFigures, emptyFigures, trendRows, TREND_DEFS } from './figures'
export { monthPeriod, type MonthPeriod } from './period'
export type * from './input'
export type { LedgerInput } from './ledger'
export { computeLedger } from './ledger'
