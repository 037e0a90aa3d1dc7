/**
 * observations 云函数：每个动作一个输入 schema（小程序表单与云函数共用）+ 输出类型。
 * 输出中的时刻一律为 ISO 字符串。
 */
import { z } from 'zod'
import { isValidDate, type TermPhase, type WeekSubmissionStatus } from '../../domain/calendar'
import {
  CONCERN_CATEGORIES, LEVELS, REPORT_KINDS,
  type BoardStatus, type Level, type ReportKind, type TaskSource,
} from '../domain'
import type { AlertSource, ConcernEntry, WeeklyReportStatus } from '../models-observations'

/** 文本长度与数量上限（表单与云函数共用） */
export const OBS_LIMITS = {
  overall: 1000,
  majorEvents: 1000,
  description: 500,
  measures: 500,
  concerns: 30,
  comment: 500,
  pageSize: 50,
} as const

const idStr = z.string().min(1).max(64)
const weekNo = z.number().int().min(1).max(60)
const reportKind = z.enum(REPORT_KINDS)
const idempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '幂等键须为 8-64 位字母、数字、- 或 _')
const dateStr = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为 YYYY-MM-DD')
  .refine(isValidDate, '日期不存在')
const page = z.number().int().min(1).max(10_000).default(1)
const pageSize = z.number().int().min(1).max(OBS_LIMITS.pageSize).default(20)
/** 周报 id：'<termId>:<week>:<kind>:<unitId>' */
const reportIdStr = z.string().min(5).max(200).regex(/^[^:]+:\d+:(class|dorm):[^:]+$/, '周报编号格式不正确')

/** 关注条目（输入） */
export const concernInputSchema = z.strictObject({
  studentId: idStr,
  categories: z
    .array(z.enum(CONCERN_CATEGORIES))
    .min(1, '请至少选择一个关注类别')
    .max(CONCERN_CATEGORIES.length)
    .refine((a) => new Set(a).size === a.length, '关注类别不能重复'),
  level: z.enum(LEVELS),
  description: z.string().trim().min(1, '请填写情况描述').max(OBS_LIMITS.description),
  measures: z.string().trim().max(OBS_LIMITS.measures).default(''),
  needsTalk: z.boolean().default(false),
  observedOn: dateStr.optional(),
})
export type ConcernInput = z.input<typeof concernInputSchema>

/** 跨字段检查在其他字段出错时也运行（输入至少是个对象） */
const isObjectPayload = (p: { value: unknown }): boolean => typeof p.value === 'object' && p.value !== null

/** report.submit：填报/修改周报 */
export const submitReportSchema = z
  .strictObject({
    week: weekNo,
    kind: reportKind,
    unitId: idStr,
    idempotencyKey,
    /** 本周有无需要关注的情况 */
    hasConcern: z.boolean(),
    overall: z.string().trim().max(OBS_LIMITS.overall).default(''),
    majorEvents: z.string().trim().max(OBS_LIMITS.majorEvents).default(''),
    concerns: z.array(concernInputSchema).max(OBS_LIMITS.concerns).default([]),
  })
  // 即使其他字段已有错误也检查这几项，一次告诉填报人所有要改的地方
  .refine((v) => !v.hasConcern || !!v.overall, { path: ['overall'], message: '有需要关注的情况时请填写总体情况', when: isObjectPayload })
  .refine((v) => !v.hasConcern || (Array.isArray(v.concerns) && v.concerns.length > 0), {
    path: ['concerns'], message: '有需要关注的情况时请至少填写一条关注条目', when: isObjectPayload,
  })
  .refine((v) => v.hasConcern !== false || !Array.isArray(v.concerns) || v.concerns.length === 0, {
    path: ['concerns'], message: '零报告不能包含关注条目', when: isObjectPayload,
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>()
    v.concerns.forEach((c, i) => {
      if (seen.has(c.studentId)) ctx.addIssue({ code: 'custom', path: ['concerns', i, 'studentId'], message: '同一学生只能填写一条关注条目' })
      seen.add(c.studentId)
    })
  })
export type SubmitReportInput = z.input<typeof submitReportSchema>

export const weekCurrentSchema = z.strictObject({})
export const reportGetSchema = z.strictObject({ week: weekNo, kind: reportKind, unitId: idStr, termId: idStr.optional() })
export const reportHistorySchema = z.strictObject({ termId: idStr.optional() })
export const boardWeekSchema = z.strictObject({ week: weekNo.optional() })
export const reportReviewSchema = z.strictObject({ reportId: reportIdStr, revision: z.number().int().min(1).max(10_000) })
export const reportReturnSchema = z.strictObject({
  reportId: reportIdStr,
  revision: z.number().int().min(1).max(10_000),
  comment: z.string().trim().min(1, '请填写退回意见').max(OBS_LIMITS.comment),
})
export const reportSearchSchema = z.strictObject({
  week: weekNo.optional(),
  kind: reportKind.optional(),
  unitId: idStr.optional(),
  level: z.enum(LEVELS).optional(),
  category: z.enum(CONCERN_CATEGORIES).optional(),
  /** 只看有关注的周报 */
  concernOnly: z.boolean().optional(),
  page,
  pageSize,
})
export const alertCreateSchema = z.strictObject({
  studentId: idStr.optional(),
  level: z.enum(LEVELS).default('crisis'),
  description: z.string().trim().min(1, '请填写情况描述').max(OBS_LIMITS.description),
  idempotencyKey,
})
export const alertListSchema = z.strictObject({ status: z.enum(['open', 'all']).default('open'), page, pageSize })
export const alertAckSchema = z.strictObject({ alertId: idStr })
export const alertTimelineSchema = z.strictObject({ alertId: idStr })
export const tasksListSchema = z.strictObject({ status: z.enum(['open', 'done']).default('open'), page, pageSize })
export const missingListSchema = z.strictObject({ week: weekNo.optional() })
export const remindSchema = z.strictObject({
  week: weekNo.optional(),
  /** 不填 = 提醒全部未报单位 */
  units: z.array(z.strictObject({ kind: reportKind, unitId: idStr })).min(1).max(2000).optional(),
})

// ---------------------------------------------------------------- 输出

export interface UnitRef {
  kind: ReportKind
  unitId: string
  unitName: string
}

export interface WeekInfo {
  termId: string
  termName: string
  week: number
  /** 周一 'YYYY-MM-DD' */
  monday: string
  start: string
  due: string
  off: boolean
}

/** 关注条目在周报视图中与存储形态相同 */
export type ConcernView = ConcernEntry

export interface ReportView extends UnitRef {
  id: string
  termId: string
  week: number
  reporterId: string
  reporterName: string
  hasConcern: boolean
  overall: string
  majorEvents: string
  concerns: ConcernView[]
  status: WeeklyReportStatus
  boardStatus: BoardStatus
  firstSubmittedAt: string
  submittedAt: string
  onTime: boolean
  revision: number
  revisions: Array<{ revision: number; submittedAt: string; hasConcern: boolean; concernCount: number }>
  reviewComment?: string
  reviewedAt?: string
  returnedAt?: string
}

/** 看板一行（一个班级或宿舍） */
export interface BoardRow extends UnitRef {
  status: BoardStatus
  /** 校历口径的报送状态（open = 未到截止） */
  submission: WeekSubmissionStatus
  reportId?: string
  reporterName?: string
  hasConcern?: boolean
  concernCount?: number
  maxLevel?: Level | null
  onTime?: boolean
  submittedAt?: string
  revision?: number
}

export interface BoardOutput {
  week: WeekInfo | null
  rows: BoardRow[]
  counts: Record<BoardStatus, number>
  /** 学期阶段（假期中时看板显示上一学期的最后一周） */
  phase?: TermPhase
}

export interface WeekCurrentOutput {
  week: WeekInfo | null
  /** 学期总周数与假期周 */
  term: { id: string; name: string; startDate: string; weeks: number; weeksOff: number[]; deadlineWeekday: number; deadlineTime: string } | null
  /** 学期阶段：学期中（当前周）/ 假期中（下学期开始日，已设置时）/ 未设置学期 */
  phase: TermPhase
  /** 填报人：本人负责的单位（学期外也有） */
  ownUnit: UnitRef | null
  /** 填报人：负责本单位的辅导员；phone 只在辅导员选择展示时给出 */
  counselors?: { name: string; phone?: string }[]
  /** 填报人：本人负责单位本周状态（学期外为 null） */
  unit: (BoardRow & { reviewComment?: string }) | null
  /** 辅导员/站长：本周看板计数与待办 */
  summary: { counts: Record<BoardStatus, number>; total: number; openAlerts: number; openTasks: number } | null
}

export interface HistoryRow {
  week: number
  monday: string
  off: boolean
  status: BoardStatus | null
  submission: WeekSubmissionStatus
  reportId?: string
  revision?: number
  reviewComment?: string
}

export interface AlertView {
  id: string
  studentId?: string
  studentName?: string
  classId?: string
  dormId?: string
  source: AlertSource
  reportId?: string
  reporterName?: string
  level: Level
  description: string
  createdAt: string
  ackDeadline: string
  ackedAt: string | null
  ackedByName?: string
  escalatedAt: string | null
  /** 确认用时（分钟） */
  responseMinutes: number | null
  overdue: boolean
}

export interface TaskView {
  id: string
  studentId: string
  studentName: string
  classId: string
  dormId: string
  source: TaskSource
  sourceId: string
  level?: Level
  description?: string
  createdAt: string
  status: 'open' | 'done'
}

export interface MissingUnit extends UnitRef {
  reporters: Array<{ personId: string; name: string }>
}

/** missing.list：某周未报的单位与填报人；假期中（未指定周次）没有未报单位 */
export interface MissingListOutput {
  week: WeekInfo
  units: MissingUnit[]
  phase?: TermPhase
}

export type { Paged } from './paging'

/** 告警送达时间线的一步：产生、推送到微信（或未送达及原因）、在心桥中看到、确认、升级 */
export interface AlertTimelineEvent {
  kind: 'raised' | 'pushed' | 'not_pushed' | 'seen' | 'acked' | 'escalated'
  at: string
  /** 谁（收件人、确认人）；产生时为报告人 */
  who?: string
  /** 中文说明（未送达的原因等） */
  text: string
}

export interface AlertTimeline {
  alertId: string
  events: AlertTimelineEvent[]
}

/** report.get：该周、该单位的看板行与周报（未交为 null） */
export interface ReportGetOutput {
  week: WeekInfo
  row: BoardRow
  report: ReportView | null
}
/** report.history：本单位本学期各周状态 */
export interface ReportHistoryOutput {
  term: { id: string; name: string; weeks: number }
  unit: UnitRef
  rows: HistoryRow[]
}
/** remind：本次提醒的结果 */
export interface RemindOutput {
  week: number
  units: number
  reminded: number
  alreadyReminded: number
  unitsWithoutReporter: number
}
