import type {
  AbsenceReason, ConcernCategory, KeyCareStatus, Level, ReferralTarget, ReportKind, ReviewStatus, TalkForm, TalkSource, TalkType,
} from './domain'
import type { PreviousCounselor } from './models-station'

/**
 * 辅导员工作（counseling 云函数）的文档结构，与 docs/data-model.md “Counselor work” 一致。
 * 时刻为 Date；日期为 'YYYY-MM-DD'（北京时间）。学生相关记录都带 stationId/studentId/classId/dormId。
 */

/** 缺勤学生 */
export interface AbsenceEntry {
  studentId: string
  studentName: string
  reason: AbsenceReason
  /** 原因为“其他”时必填 */
  note?: string
}

/** 晚点名的一个版本（每次保存追加一条） */
export interface RollCallRevision {
  revision: number
  savedAt: Date
  savedBy: string
  savedByName: string
  heldAt: Date
  expected: number
  present: number
  absences: AbsenceEntry[]
  meetingTopic?: string
  /** 对已确认记录的更正版本 */
  correction: boolean
}

/** 晚点名记录：_id = '<termId>:<week>:<classId>' */
export interface RollCallDoc {
  _id: string
  stationId: string
  termId: string
  week: number
  classId: string
  heldAt: Date
  expected: number
  present: number
  absences: AbsenceEntry[]
  meetingTopic?: string
  /** 最近一次保存者 personId */
  recordedBy: string
  recordedByName: string
  /** 保存时的角色（委员在晚点名页、辅导员在记录页填写；旧记录没有此项，视为委员） */
  recordedByRole?: 'committee' | 'counselor'
  status: ReviewStatus
  revision: number
  revisions: RollCallRevision[]
  /** 当前版本是对已确认记录的更正 */
  correction: boolean
  confirmedBy?: string
  confirmedAt?: Date
  returnComment?: string
  returnedBy?: string
  returnedAt?: Date
  createdAt: Date
  updatedAt: Date
}

/** 谈心谈话记录 */
export interface TalkDoc {
  _id: string
  stationId: string
  studentId: string
  studentName: string
  classId: string
  dormId: string
  /** 记录人（辅导员）personId；交接后记录保留原作者 */
  authorId: string
  authorName: string
  date: string
  place: string
  form: TalkForm
  type: TalkType
  source: TalkSource
  /** 来源引用：'task:<id>' | 'alert:<id>' | 'concern:<reportId>#<concernId>' */
  sourceRef?: string
  summary: string
  level: Level
  measures: string
  followUpDate?: string
  referred: boolean
  createdAt: Date
}

/** 朋辈谈心记录（心理委员 / 宿舍观察员） */
export interface PeerTalkDoc {
  _id: string
  stationId: string
  reporterId: string
  reporterName: string
  kind: ReportKind
  unitId: string
  studentId: string
  studentName: string
  classId: string
  dormId: string
  date: string
  form: TalkForm
  category: ConcernCategory
  summary: string
  needsCounselor: boolean
  status: ReviewStatus
  /** 退回意见 */
  comment?: string
  confirmedBy?: string
  confirmedAt?: Date
  returnedAt?: Date
  createdAt: Date
  updatedAt: Date
}

/** 入库来源：周报关注 / 即时报告 / 谈话 / 直接添加 */
export const KEYCARE_SOURCES = ['weekly_concern', 'alert', 'talk', 'direct'] as const
export type KeyCareSource = (typeof KEYCARE_SOURCES)[number]
export const KEYCARE_SOURCE_LABELS: Record<KeyCareSource, string> = {
  weekly_concern: '周报关注', alert: '即时报告', talk: '谈心谈话', direct: '直接添加',
}

/**
 * 历史变更代码（月报按此统计）：
 * enter 入库（to=等级） · level 等级变更 · follow_up 跟进日期 · categories 类别 · refer 转介（to=center|hospital）
 * close 解除 · approval_requested 提交审批（to=审批种类） · approval_rejected 审批未通过 · center_feedback 中心反馈
 */
export const KEYCARE_CHANGES = [
  'enter', 'level', 'follow_up', 'categories', 'refer', 'close', 'approval_requested', 'approval_rejected', 'center_feedback',
] as const
export type KeyCareChange = (typeof KEYCARE_CHANGES)[number]

export interface KeyCareHistoryEntry {
  at: Date
  /** personId */
  by: string
  change: KeyCareChange
  from?: string
  to?: string
}

export interface KeyCareReferral {
  to: ReferralTarget
  date: string
  /** 接收方（如 校心理中心 / 某医院） */
  party: string
}

export interface CenterFeedback {
  at: Date
  by: string
  byName: string
  text: string
}

/** 重点关注学生库条目。最近联系日期由 talks 推导，不存储。 */
export interface KeyCareDoc {
  _id: string
  stationId: string
  studentId: string
  studentName: string
  classId: string
  dormId: string
  level: Level
  categories: ConcernCategory[]
  enteredAt: string
  source: KeyCareSource
  sourceRef?: string
  /** 负责辅导员 personId */
  counselorId: string
  counselorName: string
  nextFollowUp: string
  status: KeyCareStatus
  referral?: KeyCareReferral
  /** 首次转介到校心理中心的时刻：有此字段的个案对 center 可见（不随后续变更移除） */
  centerReferredAt?: Date
  closeReason?: string
  closedAt?: Date
  /** 待审批申请 id（有则不可再提交新的需审批变更） */
  pendingApprovalId?: string
  history: KeyCareHistoryEntry[]
  centerFeedback: CenterFeedback[]
  /** 换岗交接前的负责辅导员（按交接顺序） */
  previousCounselors?: PreviousCounselor[]
  createdAt: Date
  updatedAt: Date
}

/** 审批种类：等级变更（进入/离开危机） / 解除 / 以危机等级入库 */
export type ApprovalKind = 'level' | 'close' | 'enter_crisis'
export const APPROVAL_KIND_LABELS: Record<ApprovalKind, string> = {
  level: '等级变更', close: '解除关注', enter_crisis: '以危机等级入库',
}

export type ApprovalPayload =
  | { kind: 'level'; from: Level; to: Level }
  | { kind: 'close'; reason: string }
  | { kind: 'enter_crisis'; from: Level; to: 'crisis' }

/** 站长审批 */
export interface ApprovalDoc {
  _id: string
  stationId: string
  keyCareId: string
  studentId: string
  studentName: string
  kind: ApprovalKind
  requestedBy: string
  requestedByName: string
  payload: ApprovalPayload
  status: 'pending' | 'approved' | 'rejected'
  decidedBy?: string
  decidedAt?: Date
  comment?: string
  createdAt: Date
}
