/**
 * 考核手册（纯函数）：记录 → 指标 → 建议分与等级 → 缺失材料清单。
 * 服务器读出 BinderInput、选定该学年的考核表版本（tableForYear）后调用 assessYear。
 */
import type { AssessmentTableVersion, BinderSuggestion, MissingEvidence } from '../../types/assessment'
import { computeIndicators, type BinderInput, type Indicators } from './indicators'
import { missingEvidence } from './missing'
import { suggestBinder } from './suggest'

export interface YearAssessment {
  indicators: Indicators
  suggestion: BinderSuggestion
  missing: MissingEvidence[]
}

export function assessYear(input: BinderInput, table: AssessmentTableVersion): YearAssessment {
  const indicators = computeIndicators(input, table.params)
  return { indicators, suggestion: suggestBinder(indicators, table), missing: missingEvidence(indicators, table) }
}

export type { BinderInput, Indicators }
export { DEFAULT_TABLE } from './table'
export { applyOverride, gradeOf, tableForYear, validateTable } from './version'
