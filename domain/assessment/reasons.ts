/** 建议分理由的写法：扣分 “……（−2）”、说明、百分比与分数的显示 */
import type { AssessmentPoint, AssessmentTableVersion, SuggestionReason } from '../../types/assessment'
import type { Indicators } from './indicators'
import type { TermWindow } from '../../types/models-assessment'

export type PointRule = (ind: Indicators, point: AssessmentPoint, table: AssessmentTableVersion) => SuggestionReason[]

/** 分数的显示：去掉多余的 0（2.5、3） */
export const fmtScore = (n: number): string => String(Math.round(n * 100) / 100)

/** 扣分理由：“……（−2）” */
export const deduct = (text: string, points: number): SuggestionReason => ({ text: `${text}（−${fmtScore(points)}）`, delta: -points })
/** 说明（不扣分） */
export const note = (text: string): SuggestionReason => ({ text, delta: 0 })

/** 百分比：向下取到 0.1%，只有全部达到才显示 100% */
export function pct(num: number, den: number): string {
  if (!den) return '—'
  if (num === den) return '100%'
  return `${Math.floor((num / den) * 1000) / 10}%`
}

/** 理由中学期的称呼：“第一学期” */
export const termLabel = (t: TermWindow): string => t.label
/** 缺失清单中学期的称呼：进行中的学期为 “本学期” */
export const termWhen = (t: TermWindow): string => (t.started && !t.ended ? '本学期' : t.label)
