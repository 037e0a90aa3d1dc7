/**
 * 考核手册的指标（domain/assessment/indicators.ts 的输出）：一个站点一个学年的各项数字。
 * 口径见 docs/assessment.md。
 */

import type { MissingEvidence } from './assessment'

export type CadreRole = 'committee' | 'observer'
export type StaffRole = 'head' | 'counselor' | 'consultant'
/** 月报：按时 / 迟报 / 未报 / 进行中（截止日未到） */
export type MonthStatus = 'on_time' | 'late' | 'missing' | 'open'

export interface TermWindow {
  id: string
  name: string
  /** 理由中的称呼：“第一学期” / “第二学期” */
  label: string
  /** 首日 'YYYY-MM-DD' */
  first: string
  /** 末日 'YYYY-MM-DD'（第 N 周周日） */
  last: string
  /** 截至评估日是否已开始 / 已结束 */
  started: boolean
  ended: boolean
}

export interface UnitCoverage {
  id: string
  name: string
  grade?: string
  /** 学期内（截至评估日）无人任职的天数 */
  uncoveredDays: number
  /** 评估时刻无人任职 */
  vacantNow: boolean
}

export interface DueStatus {
  dueDate: string
  submittedOn: string | null
  status: 'on_time' | 'late' | 'missing' | 'open'
}

export interface ThemeActivityStats {
  held: number
  withPlan: number
  withSummary: number
  /** 既有规划又有总结 */
  complete: number
  /** 缺规划或缺总结的已开展活动 */
  open: Array<{ id: string; title: string; planned: boolean; summarised: boolean }>
}

export interface TermStats {
  termId: string
  theme: ThemeActivityStats
  /** 专项教育活动（已开展） */
  special: number
  /** 团体心理辅导（已开展） */
  groupSessions: number
  /** 个体谈心谈话记录 */
  talks: number
  peerTalksConfirmed: number
  peerTalksPending: number
}

export interface Indicators {
  schoolYear: string
  /** 评估日（北京时间）'YYYY-MM-DD' */
  today: string
  terms: TermWindow[]
  screening: Array<{ id: string; name: string; date: string; eligible: number; participated: number; gapsWithReason: number; rate: number | null; unexplained: number; complete: boolean }>
  monthly: { deadlineDay: number; months: Array<{ month: string; deadline: string; status: MonthStatus; submittedOn: string | null; daysLate: number }> }
  alerts: { total: number; decided: number; withinLimit: number; share: number | null; unacked: number; medianMinutes: number | null }
  followUps: { due: number; onTime: number; share: number | null; late: Array<{ keyCareId: string; studentName: string; dueDate: string; doneDate: string | null }> }
  coverage: { classes: UnitCoverage[]; dorms: UnitCoverage[] }
  training: { grades: string[]; cells: Array<{ termId: string; grade: string; role: CadreRole; sessions: number }> }
  staff: Array<{ personId: string; name: string; role: StaffRole; qualification: string | null; hours: number }>
  perTerm: TermStats[]
  plan: DueStatus
  summary: DueStatus
  handovers: { ended: number; recorded: number; missing: Array<{ personId: string; name: string; endedOn: string }> }
  documents: Record<string, { files: number; note: boolean; hasEvidence: boolean }>
}

/** 站长自评 / 中心评分（每项一条） */
export interface BinderItemScore {
  score: number
  comment: string
  at: Date
  /** personId */
  by: string
}

/** 证明材料栏：说明与文件（files 集合的记录 id 与文件名） */
export interface BinderSlotDoc {
  note?: string
  fileIds?: string[]
  files?: Array<{ fileId: string; filename: string }>
}

/** 提交时冻结的一版：所用考核表、指标、建议分、缺失材料与自评分 */
export interface BinderVersion {
  version: number
  submittedAt: Date
  submittedBy: string
  submittedByName: string
  /** 考核表版本（domain/assessment 的 AssessmentTableVersion） */
  table: unknown
  indicators: Indicators
  suggestion: unknown
  missing: unknown[]
  scores: Record<string, BinderItemScore>
  documents: Record<string, BinderSlotDoc>
}

/** 考核手册：_id = '<stationId>:<学年>'（每站每学年一本） */
export interface BinderDoc {
  _id: string
  stationId: string
  schoolYear: string
  status: 'draft' | 'submitted' | 'returned'
  /** 站长自评（工作稿） */
  scores: Record<string, BinderItemScore>
  documents: Record<string, BinderSlotDoc>
  /** 中心评分（针对最新提交的版本） */
  panel: Record<string, BinderItemScore>
  version: number
  versions: BinderVersion[]
  returns: Array<{ version: number; at: Date; by: string; comment: string }>
  returnComment?: string
  /** 工作稿的摘要（站长首页用）：缺失材料前 3 条与总数、建议总分、计算时刻；binder.get 计算时与定时任务刷新 */
  summary?: BinderSummaryDoc
  createdAt: Date
  updatedAt: Date
}

export interface BinderSummaryDoc {
  asOf: Date
  missing: MissingEvidence[]
  missingCount: number
  suggestedTotal: number
}
