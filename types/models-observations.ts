import type { ConcernCategory, Level, ReportKind, TaskSource } from './domain'

/**
 * 心理周报、即时报告、约谈任务与站内消息的文档结构（见 docs/data-model.md “Weekly observations”）。
 * 学生相关记录都带 stationId / classId / dormId，便于 scopeFilter 按范围查询。
 */

/** 周报状态：已提交 / 已阅 / 已退回 */
export type WeeklyReportStatus = 'submitted' | 'reviewed' | 'returned'

/** 关注条目（一条 = 一名学生） */
export interface ConcernEntry {
  /** 报告内稳定的条目 id（重新提交时沿用，约谈任务与告警 id 由它派生） */
  id: string
  studentId: string
  studentName: string
  classId: string
  dormId: string
  /** 关注类别（一个或多个） */
  categories: ConcernCategory[]
  /** 关注等级：一般关注 / 重点关注 / 危机 */
  level: Level
  /** 情况描述（必填） */
  description: string
  /** 已采取措施（可空串） */
  measures: string
  /** 需要辅导员约谈 */
  needsTalk: boolean
  /** 发现日期 'YYYY-MM-DD'（可选） */
  observedOn?: string
}

/** 一次提交的快照 */
export interface WeeklyReportRevision {
  revision: number
  submittedAt: Date
  /** 客户端每次提交尝试生成的幂等键；重试同一键不会产生新修订 */
  idempotencyKey: string
  /** 这一版的提交人（换岗后可能不是 reporterId） */
  submittedBy?: string
  submittedByName?: string
  hasConcern: boolean
  overall: string
  majorEvents: string
  concerns: ConcernEntry[]
}

/** 周报：_id = '<termId>:<week>:<kind>:<unitId>'（每单位每周唯一） */
export interface WeeklyReportDoc {
  _id: string
  stationId: string
  termId: string
  week: number
  kind: ReportKind
  unitId: string
  /** kind = class 时 */
  classId?: string
  /** kind = dorm 时 */
  dormId?: string
  /** 填报人（首次提交者，换岗后不变）personId 与姓名 */
  reporterId: string
  reporterName: string
  /** 本周有无需要关注的情况；false = 零报告 */
  hasConcern: boolean
  overall: string
  majorEvents: string
  concerns: ConcernEntry[]
  status: WeeklyReportStatus
  firstSubmittedAt: Date
  /** 最近一次提交时间 */
  submittedAt: Date
  /** 是否按时（以首次提交时间判定） */
  onTime: boolean
  /** 当前修订号（从 1 开始） */
  revision: number
  revisions: WeeklyReportRevision[]
  /** 冗余：关注条目的等级、类别、学生（便于按等级/类别筛选） */
  concernLevels: Level[]
  concernCategories: ConcernCategory[]
  studentIds: string[]
  reviewComment?: string
  reviewedBy?: string
  reviewedAt?: Date
  returnedAt?: Date
}

/** 即时报告来源：周报危机条目 / 即时报告按钮 */
export type AlertSource = 'concern' | 'button'

/** 即时报告（告警） */
export interface AlertDoc {
  _id: string
  stationId: string
  studentId?: string
  studentName?: string
  classId?: string
  dormId?: string
  source: AlertSource
  reportId?: string
  concernId?: string
  /** 报告人 personId 与姓名 */
  reporterId: string
  reporterName?: string
  level: Level
  description: string
  createdAt: Date
  /** 须确认的截止时刻 = createdAt + 站点 ackLimitMinutes */
  ackDeadline: Date
  /** 负责的辅导员 personId */
  counselorIds: string[]
  ackedAt?: Date | null
  ackedBy?: string | null
  escalatedAt?: Date | null
}

/** 约谈任务（由谈心谈话记录关闭） */
export interface TalkTaskDoc {
  _id: string
  stationId: string
  studentId: string
  classId: string
  dormId: string
  counselorIds: string[]
  source: TaskSource
  /** '<reportId>#<concernId>' | peerTalkId | alertId | '<visitId>#<studentId>' | '<普测轮次 id>:<studentId>' */
  sourceId: string
  createdAt: Date
  status: 'open' | 'done'
  doneAt?: Date
  talkId?: string
  /** 可选上下文：学生姓名、等级、情况描述（列表展示用） */
  studentName?: string
  level?: Level
  description?: string
}

/** 站内消息类型：提醒 / 即时报告 / 升级 / 退回 / 反馈 / 审批 / 逾期跟进提醒 */
export type MessageKind = 'reminder' | 'alert' | 'escalation' | 'returned' | 'feedback' | 'approval' | 'followup'

/** 站内消息 */
export interface MessageDoc {
  _id: string
  personId: string
  kind: MessageKind
  title: string
  body: string
  /** 小程序内页面路径（可带参数） */
  link?: string
  /** 关联的记录（即时报告的告警 id：送达时间线据此找到每条消息） */
  ref?: string
  createdAt: Date
  readAt?: Date | null
  /** 微信订阅消息的推送结果（只有带模板的类型才推送：提醒、逾期跟进、即时报告、升级） */
  push?: MessagePush
}

/** 推送状态：已送达微信 / 未送达（见 reason）/ 未配置模板 */
export type PushState = 'sent' | 'failed' | 'unconfigured'

/** 一条站内消息推送到微信的结果 */
export interface MessagePush {
  state: PushState
  at: Date
  /** 微信错误码（43101 = 未订阅或订阅次数已用完） */
  errcode?: number
  /** 未送达原因（中文） */
  reason?: string
}
