/**
 * reports 云函数（月报动态信息）：每个动作一个输入 schema 与输出类型。
 * 时刻在输出中为 ISO 字符串。口径见 docs/monthly-report.md，动作说明见 docs/api.md “## reports”。
 */
import { z } from 'zod'
import { LEVELS, type ConcernCategory, type Level, type MonthlyStatus } from '../domain'
import type { CaseRow, KeyFigures, MonthlySections, TrendRow } from '../models-reports'

const id = z.string().min(1).max(64)
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
const text = (max: number) => z.string().trim().max(max)

/** 个别情况描述一行（站长可编辑的字段） */
export const caseRowInput = z.strictObject({
  /** 草拟行的来源键（原样带回）；站长新增的行不带 */
  key: z.string().max(80).optional(),
  studentNo: text(32),
  studentName: text(40).min(1),
  className: text(60),
  situation: text(1000),
  measures: text(1000),
  effect: text(1000),
  level: z.enum(LEVELS),
  progress: text(1000),
})
export type CaseRowInput = z.infer<typeof caseRowInput>

/** 站长省略 stationId 即本站；中心必须指定 */
export const monthlyGetInput = z.strictObject({ month: monthSchema, stationId: id.optional() })
export const monthlyGenerateInput = z.strictObject({ month: monthSchema })
export const monthlyUpdateInput = z.strictObject({
  month: monthSchema,
  /** 学院整体情况及重大事件 */
  narrative: text(5000).optional(),
  cases: z.array(caseRowInput).max(300).optional(),
  /** 乐观并发：带上读到的 rev，期间被别处改过则 CONFLICT */
  rev: z.number().int().min(0).optional(),
})
export const monthlySubmitInput = z.strictObject({ month: monthSchema })
export const monthlyReturnInput = z.strictObject({ month: monthSchema, stationId: id, comment: text(500).min(1) })
export const monthlyOverviewInput = z.strictObject({ month: monthSchema })
export const monthlyExportInput = z.strictObject({ month: monthSchema, stationId: id.optional() })

/** 个别情况描述行（输出不含 studentId） */
export type CaseRowView = Omit<CaseRow, 'studentId'>

export interface MonthlyVersionView {
  version: number
  submittedAt: string
  submittedByName: string
}

export interface MonthlyReturnView {
  version: number
  at: string
  byName: string
  comment: string
}

export interface MonthlyReportView {
  /** '<stationId>:<YYYY-MM>'；未生成时为 null */
  reportId: string | null
  stationId: string
  stationName: string
  month: string
  status: MonthlyStatus
  /** 站长可编辑（草稿 / 已退回） */
  editable: boolean
  /** 内容来源：站长看工作稿；中心看最新提交的快照 */
  source: 'working' | 'snapshot'
  rev: number
  version: number
  generatedAt: string | null
  submittedAt: string | null
  submittedByName: string | null
  returnComment: string | null
  returnedAt: string | null
  sections: MonthlySections | null
  narrative: string
  cases: CaseRowView[]
  versions: MonthlyVersionView[]
  returns: MonthlyReturnView[]
}

export interface MonthlySubmitResult {
  status: 'submitted'
  version: number
  submittedAt: string
}

export interface MonthlyReturnResult {
  status: 'returned'
  version: number
  returnedAt: string
}

export interface OverviewStationRow {
  stationId: string
  stationName: string
  status: MonthlyStatus
  version: number
  generatedAt: string | null
  submittedAt: string | null
  returnedAt: string | null
}

/** 全校汇总：只含计数与比率，不含任何姓名 */
export interface SchoolSummary {
  /** 计入汇总的站点数（状态为已提交） */
  stationsIncluded: number
  figures: KeyFigures
  previousFigures: KeyFigures
  trend: TrendRow[]
  byCategory: Record<ConcernCategory, number>
  byLevel: Record<Level, number>
}

export interface MonthlyOverviewView {
  month: string
  counts: Record<MonthlyStatus, number>
  stations: OverviewStationRow[]
  summary: SchoolSummary
}

export interface MonthlyExportResult {
  filename: string
  mimeType: string
  bytes: number
  /** 云存储里这份 .xlsx 的临时链接（10 分钟内有效，只发给导出的人） */
  url: string
  /** 链接到期时刻（ISO） */
  expiresAt: string
}
