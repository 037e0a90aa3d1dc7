import type { Gender, Role } from './domain'

/**
 * 组织数据文档结构（数据库中的形态）。时间字段一律为 Date（UTC 时刻），
 * 日期字段（无时刻）一律为 'YYYY-MM-DD' 字符串，按 Asia/Shanghai 解释。
 */

/** 二级心理辅导站（一个学院一个） */
export interface StationDoc {
  _id: string
  /** 学院名称，如 “机电工程学院” */
  name: string
  /** 即时报告须确认的时限（分钟），默认 30 */
  ackLimitMinutes: number
  createdAt: Date
}

/** 班级 */
export interface ClassDoc {
  _id: string
  stationId: string
  /** 年级，如 “2023级” */
  grade: string
  /** 班级名，如 “机电2301班” */
  name: string
}

/** 宿舍（寝室） */
export interface DormDoc {
  _id: string
  stationId: string
  /** 楼栋，如 “12栋” */
  building: string
  /** 房间号，如 “305” */
  room: string
  /** 显示名，如 “12栋305” */
  name: string
}

/** 学生（名册） */
export interface StudentDoc {
  _id: string
  stationId: string
  /** 学号（站内唯一，重新导入按学号更新） */
  studentNo: string
  name: string
  gender: Gender
  classId: string
  dormId: string
  phone?: string
  updatedAt: Date
}

/** 使用者（绑定了微信身份的人） */
export interface PersonDoc {
  _id: string
  /** 微信 openid：只来自平台上下文 */
  openid: string
  name: string
  /** 学生骨干的学号 */
  studentNo?: string
  /** 保密承诺接受时间 */
  pledgeAcceptedAt?: Date
  /** 本人的手机号（辅导员可选择展示给所带班级、宿舍的学生骨干，见 phoneShared） */
  phone?: string
  /** 是否在即时报告页向负责的学生骨干展示 phone */
  phoneShared?: boolean
  createdAt: Date
  /** 微信订阅消息的可达情况（辅导员、站长的“能否收到提醒”） */
  wechat?: WechatReach
}

/** 订阅额度与最近一次推送结果 */
export interface WechatReach {
  /** 一次性订阅剩余条数：告警模板 / 提醒模板（长期订阅模板不计次） */
  credits: { alert: number; reminder: number }
  lastSentAt?: Date
  /** 最近一次推送失败 */
  lastFailedAt?: Date
  lastErrcode?: number
  /** 累计未送达条数 */
  failures?: number
}

/** 角色任职（含任期）。辅导员的范围为 classIds + dormIds。 */
export interface RoleAssignmentDoc {
  _id: string
  personId: string
  role: Role
  /** center 角色为 null */
  stationId: string | null
  /** committee：所在班级 */
  classId?: string
  /** observer：所在宿舍 */
  dormId?: string
  /** counselor：负责的班级与宿舍 */
  classIds?: string[]
  dormIds?: string[]
  /** 任职开始/结束（结束为 null 表示未设定） */
  termStart: Date
  termEnd: Date | null
  /** 交接或撤销时间：此后立即失去权限 */
  endedAt?: Date | null
  endedBy?: string
  /** 通过哪个邀请码绑定 */
  inviteId?: string
  createdAt: Date
}

/** 审计日志（只追加） */
export interface AuditLogDoc {
  _id: string
  stationId: string | null
  actorPersonId: string
  actorName: string
  role: Role | 'system'
  /** 动作，如 'observations.report.get' */
  action: string
  /** 目标记录 id（学生、报告等） */
  targetIds: string[]
  at: Date
}

/** 学期校历 */
export interface TermDoc {
  _id: string
  stationId: string
  /** 如 “2026-2027学年第一学期” */
  name: string
  /** 第 1 周周一 'YYYY-MM-DD' */
  startDate: string
  weeks: number
  weeksOff: number[]
  /** 截止周几（1..7），默认 7 */
  deadlineWeekday: number
  /** 截止时刻 'HH:mm'，默认 '22:00' */
  deadlineTime: string
  createdAt: Date
  updatedAt: Date
}
