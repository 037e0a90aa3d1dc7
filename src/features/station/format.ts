/** 台账 II 页面共用的显示格式 */
import { SCREENING_REASON_LABELS, SCREENING_REASONS } from '../../../types/models-station'
import type { ScreeningRateView } from '../../../types/api/station'

export const pctText = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`)

/** “参测 5/7（71.4%）· 有原因 2 · 待处理 0” */
export const rateText = (r: ScreeningRateView): string =>
  `参测 ${r.participated}/${r.eligible}（${pctText(r.rate)}）· 有原因 ${r.withReason} · 待处理 ${r.open}`

export const REASON_OPTIONS = SCREENING_REASONS.map((value) => ({ value, label: SCREENING_REASON_LABELS[value] }))
