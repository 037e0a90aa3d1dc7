/**
 * assessment 云函数（考核手册）的输入 schema 与输出类型。口径见 docs/assessment.md，动作见 docs/api.md。
 */
import { z } from 'zod'
import { ASSESSMENT_ITEM_IDS, AssessmentOverrideSchema, type AssessmentItemId, type AssessmentTableVersion, type BinderSuggestion, type Grade, type MissingEvidence } from '../assessment'
import type { Indicators } from '../models-assessment'

const schoolYear = z.string().regex(/^\d{4}-\d{4}$/, '学年格式应为 2026-2027')
const stationId = z.string().min(1).max(64)
const comment = z.string().trim().max(500)
const score = z.number().multipleOf(0.5)

export const BinderGetSchema = z.strictObject({ schoolYear: schoolYear.optional(), stationId: stationId.optional() })
export const BinderScoreSchema = z.strictObject({ schoolYear, itemId: z.enum(ASSESSMENT_ITEM_IDS), score, comment })
export const BinderNoteSchema = z.strictObject({ schoolYear, slot: z.string().min(1).max(40), note: z.string().trim().max(2000) })
export const BinderAttachSchema = z.strictObject({ schoolYear, slot: z.string().min(1).max(40), fileId: z.string().min(1).max(300) })
export const BinderSubmitSchema = z.strictObject({ schoolYear })
export const BinderReviewSchema = z.strictObject({ schoolYear, stationId, itemId: z.enum(ASSESSMENT_ITEM_IDS), score, comment })
export const BinderReturnSchema = z.strictObject({ schoolYear, stationId, comment: z.string().trim().min(1).max(500) })
export const BinderCompareSchema = z.strictObject({ schoolYear: schoolYear.optional() })
export const TableSetSchema = z.strictObject({ override: AssessmentOverrideSchema })

export type BinderStatus = 'draft' | 'submitted' | 'returned'

export interface ItemScore {
  score: number
  comment: string
  at: Date
  by: string
}

export interface BinderItemView {
  itemId: AssessmentItemId
  name: string
  max: number
  suggested: number
  self: ItemScore | null
  panel: ItemScore | null
}

export interface BinderView {
  stationId: string
  schoolYear: string
  status: BinderStatus
  /** 已提交次数；冻结时显示的是第 version 版 */
  version: number
  /** 计算时刻（冻结版为提交时刻） */
  asOf: Date
  table: AssessmentTableVersion
  indicators: Indicators
  suggestion: BinderSuggestion
  missing: MissingEvidence[]
  items: BinderItemView[]
  documents: Record<string, { note: string; files: Array<{ fileId: string; filename: string }> }>
  selfTotal: number | null
  panelTotal: number | null
  grade: Grade | null
  gradeLabel: string | null
  returnComment?: string
}

export interface CompareRow {
  stationId: string
  stationName: string
  status: BinderStatus | 'none'
  selfTotal: number | null
  panelTotal: number | null
  grade: Grade | null
  gradeLabel: string | null
  /** 按中心评分（无则自评分）排名；未提交的不排名 */
  rank: number | null
  items: Array<{ itemId: AssessmentItemId; self: number | null; panel: number | null }>
}

export interface CompareView {
  schoolYear: string
  rows: CompareRow[]
}

export const BinderExportSchema = z.strictObject({
  schoolYear: schoolYear.optional(),
  stationId: stationId.optional(),
  format: z.enum(['xlsx', 'docx']),
})

export interface BinderExportResult {
  filename: string
  mimeType: string
  bytes: number
  /** 临时链接（10 分钟） */
  url: string
  /** ISO 时刻 */
  expiresAt: string
}

/** binder.score、binder.review 的答复 */
export interface BinderScoreResult {
  itemId: string
  score: number
}

export interface BinderNoteResult {
  slot: string
}

export interface BinderAttachResult {
  slot: string
  fileId: string
  filename: string
}

export interface BinderSubmitResult {
  status: 'submitted'
  version: number
  submittedAt: Date
}

export interface BinderReturnResult {
  status: 'returned'
  version: number
}

export interface TableSetResult {
  table: AssessmentTableVersion
}
