/**
 * 工作台（各角色首页的“现在要做的事”）：每个角色一次调用。
 * - 委员、观察员、辅导员、站长：observations 的 `workbench` 动作
 * - 校心理中心：reports 的 `workbench` 动作
 * 输出中的时刻一律为 ISO 字符串；`now` 是服务器时刻，客户端据此校准倒计时。
 */
import type { MissingEvidence } from '../assessment'
import { z } from 'zod'
import type { BoardStatus, Level } from '../domain'
import type { MonthlyDocStatus } from '../models-reports'

export const workbenchSchema = z.strictObject({})

/** 本周（学期外为 null，见 vacation） */
export interface WorkbenchWeek {
  termId: string
  week: number
  /** 本周周报截止时刻 */
  due: string
  /** 截止时刻的显示文字（北京时间，如 '11月1日 周日 22:00'） */
  dueText: string
  /** 假期周 */
  off: boolean
}

/** 学期之间（寒暑假）：没有当前周 */
export interface WorkbenchVacation {
  /** 下学期第一天 'YYYY-MM-DD'；未设置为 null */
  nextTermStart: string | null
  /** 同上的显示文字（北京时间，domain/calendar 格式化），如 '3月1日' */
  nextTermStartText: string | null
}

/** 未确认的即时报告（倒计时到 ackDeadline） */
export interface WorkbenchAlert {
  id: string
  level: Level
  /** 范围内可见；按钮告警可能未指定学生 */
  studentName?: string
  createdAt: string
  ackDeadline: string
  escalatedAt: string | null
}

/** 能否在微信里收到提醒 */
export interface WechatReachView {
  /** 模板已配置（未配置时首页显示“微信提醒未配置”） */
  configured: boolean
  /** 即时报告还能收到几条；null = 长期订阅，不计次 */
  alertCredits: number | null
  /** 最近一次推送失败的原因（之后没有成功过） */
  lastFailure?: string
}

interface Common {
  now: string
  week: WorkbenchWeek | null
  vacation: WorkbenchVacation | null
  /** 未读站内消息（首页“消息”角标；最多数到 99，100 表示 99+） */
  unread: number
  /** 其中推送到微信未送达的条数 */
  undelivered: number
}

/** 今天应到、签到尚未截止的培训（时刻为北京时间 'HH:mm'） */
export interface WorkbenchTraining {
  id: string
  title: string
  startTime: string
  endTime: string
  place: string
  /** 现在就在签到窗口内（开始前 10 分钟至结束） */
  open: boolean
  /** 本人的签到状态 */
  mine: 'present' | 'absent' | 'pending'
}

export interface ReporterWorkbench extends Common {
  role: 'committee' | 'observer'
  /** 本周周报：状态、截止时刻、退回意见 */
  report: { week: number; status: BoardStatus; due: string; dueText: string; reviewComment?: string } | null
  /** 被退回、待修改的朋辈谈心 */
  returnedPeerTalks: number
  /** 被退回的晚点名（只有委员） */
  returnedRollCalls: number
  /** 培训签到：今天应到、签到尚未截止的培训 */
  trainings: WorkbenchTraining[]
}

export interface CounselorWorkbench extends Common {
  role: 'counselor'
  alerts: WorkbenchAlert[]
  /** 本周已提交、待审阅的周报 */
  reportsToReview: number
  rollCallsToConfirm: number
  peerTalksToConfirm: number
  openTalkTasks: number
  /** 重点关注：今天到期或已逾期的跟进 */
  followUpsDue: number
  /** 本周负责单位的报送：已报 / 应报 */
  reporting: { submitted: number; expected: number }
  reach: WechatReachView
}

/** 站长看到的、当前收不到微信提醒的辅导员 */
export interface UnreachableCounselor {
  personId: string
  name: string
  reason: string
}

export interface HeadWorkbench extends Common {
  role: 'head'
  /** 已升级或已超过确认时限、仍未确认的即时报告 */
  alerts: WorkbenchAlert[]
  /** 全站未确认的即时报告（含未超时） */
  openAlerts: number
  approvalsPending: number
  reporting: { submitted: number; expected: number; missing: { kind: 'class' | 'dorm'; unitId: string; name: string }[] }
  /** 上月月报 */
  monthly: { month: string; status: MonthlyDocStatus | 'none'; returnComment?: string }
  /** 已签发、尚未被接任者使用的换岗交接邀请码 */
  handoversPending: number
  /** 微信提醒是否已配置（未配置时显示“微信提醒未配置”） */
  pushConfigured: boolean
  unreachable: UnreachableCounselor[]
  reach: WechatReachView
  /**
   * 本学年考核手册的缺失材料（前 3 条与总数）与建议分：手册文档上存的摘要（binder.get 每次计算时与每天的定时任务刷新），
   * asOf 为计算时刻（asOfText：北京时间 'M月D日 HH:mm'）；还没有算过、学年未开学或手册已提交时为 null
   */
  binder: { schoolYear: string; missing: MissingEvidence[]; missingCount: number; suggestedTotal: number; asOf: string; asOfText: string } | null
}

export interface CenterWorkbench {
  role: 'center'
  now: string
  /** 上月 */
  month: string
  /** 上月月报尚未提交（或被退回未重交）的辅导站 */
  stationsMissing: { stationId: string; name: string; status: MonthlyDocStatus | 'none' }[]
  stationsTotal: number
  /** 转介到中心、尚未反馈的个案 */
  referralsAwaitingFeedback: number
  unread: number
  undelivered: number
}

export type Workbench = ReporterWorkbench | CounselorWorkbench | HeadWorkbench | CenterWorkbench

