/**
 * counseling 云函数的输出类型。时刻一律为 ISO 字符串（经云函数返回后即为字符串），日期为 'YYYY-MM-DD'。
 */
import type { Paged } from './paging'
import type {
  AbsenceReason, ConcernCategory, KeyCareStatus, Level, ReviewStatus, RollCallStatus, TalkSource, TaskSource,
} from '../domain'
import type { TermPhase } from '../../domain/calendar'
import type {
  ApprovalKind, ApprovalPayload, KeyCareChange, KeyCareReferral, KeyCareSource, PeerTalkDoc, TalkDoc,
} from '../models-counseling'

export interface AbsenceView { studentId: string; studentName: string; reason: AbsenceReason; note?: string }

export interface RollCallRevisionView {
  revision: number
  savedAt: string
  savedByName: string
  expected: number
  present: number
  absentCount: number
  correction: boolean
}

export interface RollCallView {
  id: string
  classId: string
  className: string
  week: number
  heldAt: string
  expected: number
  present: number
  absences: AbsenceView[]
  meetingTopic?: string
  status: ReviewStatus
  revision: number
  correction: boolean
  recordedByName: string
  confirmedAt?: string
  returnComment?: string
  revisions: RollCallRevisionView[]
}

export interface RosterEntry { studentId: string; name: string; studentNo: string }

export interface RollCallGetResult {
  week: number
  weekStart: string
  classId: string
  className: string
  /** 名册人数（应到人数默认值） */
  rosterCount: number
  roster: RosterEntry[]
  record: RollCallView | null
}

export interface RollCallBoardRow {
  /** 周次（看板行所属的周；本周概览里可能是更早的周） */
  week?: number
  classId: string
  className: string
  status: RollCallStatus
  rollCallId?: string
  revision?: number
  heldAt?: string
  expected?: number
  present?: number
  absentCount?: number
  correction?: boolean
  returnComment?: string
}

export interface RollCallBoard {
  week: number
  weekStart: string
  off: boolean
  rows: RollCallBoardRow[]
  /** 学期阶段（假期中时为上一学期的最后一周） */
  phase?: TermPhase
}

/** 谈话记录视图：存储形态去掉站点与班级/宿舍 id，带班级名；时刻为 ISO 字符串 */
export type TalkView = Omit<TalkDoc, '_id' | 'stationId' | 'classId' | 'dormId' | 'createdAt'> & {
  id: string
  className: string
  createdAt: string
}

export type TalkListItem = Omit<TalkView, 'summary' | 'measures' | 'place' | 'sourceRef'>

export interface TalkPrefill {
  studentId: string
  studentName: string
  className: string
  source: TalkSource
  /** 约谈任务的来源（周报关注 / 朋辈谈心 / 即时报告） */
  taskSource?: TaskSource
  level?: Level
  categories?: ConcernCategory[]
  description?: string
  fromTaskId?: string
  fromAlertId?: string
  fromConcern?: { reportId: string; concernId: string }
  taskStatus?: 'open' | 'done'
}

export type TimelineKind = 'concern' | 'alert' | 'talk' | 'peer_talk' | 'keycare'
export interface TimelineItem {
  kind: TimelineKind
  /** 排序用时刻（ISO） */
  at: string
  /** 北京时间日期 */
  date: string
  title: string
  detail?: string
  level?: Level
  refId: string
}

export interface StudentTimeline {
  student: { id: string; name: string; studentNo: string; className: string; dormName: string }
  lastContact: string | null
  keyCareId: string | null
  items: TimelineItem[]
}

/** 朋辈谈心一条：记录的字段原样，加上班级名称 */
export interface PeerTalkView extends Pick<PeerTalkDoc,
  'reporterName' | 'kind' | 'studentId' | 'studentName' | 'date' | 'form' | 'category' | 'summary' | 'needsCounselor' | 'status' | 'comment'> {
  id: string
  className: string
  createdAt: string
  /** 是否为当前调用者本人记录（可修改退回的记录） */
  mine: boolean
}

export interface PendingApprovalView { id: string; kind: ApprovalKind; payload: ApprovalPayload }

export interface KeyCareListItem {
  id: string
  studentId: string
  studentName: string
  className: string
  level: Level
  categories: ConcernCategory[]
  enteredAt: string
  source: KeyCareSource
  counselorName: string
  /** 由谈话记录推导：该生最近一次谈话日期 */
  lastContact: string | null
  nextFollowUp: string
  status: KeyCareStatus
  /** 跟进逾期：关注中且下次跟进日期早于今天（北京时间） */
  overdue: boolean
  referral?: KeyCareReferral
  pendingApproval: PendingApprovalView | null
}

export interface KeyCareHistoryView { at: string; byName: string; change: KeyCareChange; from?: string; to?: string }
export interface CenterFeedbackView { at: string; byName: string; text: string }

export interface KeyCareDetail extends KeyCareListItem {
  sourceRef?: string
  closeReason?: string
  closedAt?: string
  history: KeyCareHistoryView[]
  centerFeedback: CenterFeedbackView[]
  timeline: TimelineItem[]
}

export interface KeyCareAddResult { entry: KeyCareListItem; approvalId: string | null }

export interface ApprovalView {
  id: string
  keyCareId: string
  studentId: string
  studentName: string
  kind: ApprovalKind
  payload: ApprovalPayload
  requestedByName: string
  status: 'pending' | 'approved' | 'rejected'
  createdAt: string
  decidedAt?: string
  comment?: string
  /** 条目当前等级与状态 */
  entryLevel: Level
  entryStatus: KeyCareStatus
}

export interface ReferralListItem extends KeyCareListItem { stationId: string; stationName: string; feedbackCount: number }
export interface ReferralDetail { entry: KeyCareDetail; stationName: string; talks: TalkView[] }

export interface TalkTaskView {
  id: string
  studentId: string
  studentName: string
  className: string
  source: TaskSource
  sourceId: string
  createdAt: string
}

export interface AlertBrief {
  id: string
  studentId?: string
  studentName?: string
  level: Level
  description: string
  createdAt: string
  ackDeadline: string
  acked: boolean
}

export interface WeekOverview {
  /** 学期阶段（假期中时为上一学期的最后一周） */
  phase?: TermPhase
  /** 校历上的本周（周一至周日） */
  week: number
  weekStart: string
  off: boolean
  /** 待记录晚点名所属的周：周末为本周，工作日为上一个上课周（点名在周末） */
  rollCallWeek: number
  rollCalls: { toRecord: RollCallBoardRow[]; toConfirm: RollCallBoardRow[]; returned: RollCallBoardRow[] }
  peerTalksToConfirm: PeerTalkView[]
  talkTasks: TalkTaskView[]
  overdueFollowUps: KeyCareListItem[]
  openAlerts: AlertBrief[]
}

/** 列表输出（唯一的分页约定，见 ./paging.ts） */
export type Page<T> = Paged<T>

/** talk.create：新谈话，以及它是否关闭了发起它的谈话任务 */
export interface TalkCreateResult { talk: TalkView; taskClosed: boolean }

/** keycare.list 附带的全库计数（不受筛选影响） */
export interface KeyCareSummary {
  byLevel: Record<'general' | 'key' | 'crisis', number>
  byStatus: Record<'active' | 'referred' | 'closed', number>
  overdue: number
  pendingApprovals: number
}
export type KeyCareListResult = Page<KeyCareListItem> & { summary: KeyCareSummary }
