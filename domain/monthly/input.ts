/**
 * 月报聚合的输入：加载器从数据库读出的记录（已按需投影/分组）。
 * 覆盖本月与上月（趋势、新增/持续关注用同一套口径计算两个月）。
 */
import type { TermCalendar } from '../calendar'
import type { FollowUpTalk } from '../followup'
import type { LedgerInput } from './ledger'
import type { AbsenceReason, ConcernCategory, KeyCareStatus, Level, ReportKind, ReviewStatus, TalkType } from '../../types/domain'

export interface TermInput extends TermCalendar {
  _id: string
  name?: string
}

export interface UnitInput {
  _id: string
  name: string
}

/** 一个班级/宿舍在两个月应报周内已提交的周报（每份一项） */
export interface UnitReportsInput {
  kind: ReportKind
  unitId: string
  reports: Array<{ termId: string; week: number; onTime: boolean; zero: boolean }>
}

/** 周报中的一条关注条目（两个月应报周内的周报） */
export interface ConcernInput {
  reportId: string
  kind: ReportKind
  termId: string
  week: number
  /** 周报首次提交时刻：作为“被关注时刻” */
  flaggedAt: Date
  studentId: string
  categories: ConcernCategory[]
  level: Level
}

/** 即时报告（createdAt 在两个月内） */
export interface AlertInput {
  _id: string
  source: 'concern' | 'button'
  createdAt: Date
  ackDeadline: Date
  ackedAt?: Date | null
  escalatedAt?: Date | null
}

export interface KeyCareHistoryInput {
  at: Date
  change: string
  from?: string
  to?: string
}

/** 重点关注库条目（站内全部，不含在上月之前已解除的） */
export interface KeyCareInput {
  _id: string
  studentId: string
  studentName: string
  classId: string
  level: Level
  categories: ConcernCategory[]
  enteredAt: string
  source: string
  nextFollowUp: string
  status: KeyCareStatus
  referral?: { to: 'center' | 'hospital'; date: string; party: string } | null
  closeReason?: string | null
  closedAt?: Date | null
  history: KeyCareHistoryInput[]
  /** 该生填了“下次跟进”的谈话（记录于本月末之前）：下次跟进与逾期按 domain/followup.ts 推导 */
  followUps?: FollowUpTalk[]
}

/** 一个班级在两个月应报周内的晚点名（每次一项） */
export interface ClassRollCallsInput {
  classId: string
  calls: Array<{
    termId: string
    week: number
    status: ReviewStatus
    expected: number
    present: number
    reasons: AbsenceReason[]
  }>
}

/** 谈话（date 在 [上月首日, 本月末日 + 7 天]） */
export interface TalkInput {
  studentId: string
  authorId: string
  authorName: string
  date: string
  type: TalkType
  referred: boolean
}

/** 个别情况描述用的谈话详情（本月、在库学生） */
export interface CaseTalkInput {
  studentId: string
  date: string
  level: Level
  summary: string
  measures: string
}

/** 朋辈谈心计数：按 单位 × 月份（date 的 'YYYY-MM'）× 状态 分组 */
export interface PeerTalkInput {
  kind: ReportKind
  unitId: string
  month: string
  status: ReviewStatus
  count: number
}

export interface MonthInput {
  month: string
  /** 生成时刻（判断 7 日窗口是否已结束） */
  generatedAt: Date
  terms: TermInput[]
  classes: UnitInput[]
  dorms: UnitInput[]
  weekly: UnitReportsInput[]
  concerns: ConcernInput[]
  alerts: AlertInput[]
  keyCare: KeyCareInput[]
  rollCalls: ClassRollCallsInput[]
  talks: TalkInput[]
  caseTalks: CaseTalkInput[]
  peerTalks: PeerTalkInput[]
  /** 学生 id → 学号（个别情况描述用） */
  studentNos: Record<string, string>
  /** 工作台账的本月记录（没有时月报不含台账节） */
  ledger?: LedgerInput
}
