import type { Level } from './domain'

/**
 * 工作台账（ledger 云函数）的文档结构，与 docs/data-model.md “Station ledger” 一致。
 * 时刻为 Date；日期为 'YYYY-MM-DD'（北京时间）。
 */

// ---------- 培训 ----------

/** 主办方：本站 / 校心理中心 / 校外 */
export const TRAINING_ORGANISERS = ['station', 'center', 'external'] as const
export type TrainingOrganiser = (typeof TRAINING_ORGANISERS)[number]
export const TRAINING_ORGANISER_LABELS: Record<TrainingOrganiser, string> = { station: '本站', center: '校心理中心', external: '校外' }

/** 形式：线下 / 线上 */
export const TRAINING_FORMS = ['offline', 'online'] as const
export type TrainingForm = (typeof TRAINING_FORMS)[number]
export const TRAINING_FORM_LABELS: Record<TrainingForm, string> = { offline: '线下', online: '线上' }

/** 培训覆盖的学生骨干角色 */
export const CADRE_ROLES = ['committee', 'observer'] as const
export type CadreRole = (typeof CADRE_ROLES)[number]

/** 培训对象：角色 × 年级（学生骨干），或点名的工作人员 */
export type TrainingAudience =
  | { kind: 'cadres'; roles: CadreRole[]; grades: string[] }
  | { kind: 'staff'; personIds: string[] }

/** 培训场次 */
export interface TrainingDoc {
  _id: string
  stationId: string
  title: string
  /** 日期与起止时刻（北京时间 'HH:mm'） */
  date: string
  startTime: string
  endTime: string
  startsAt: Date
  endsAt: Date
  /** 学时 */
  hours: number
  trainer: string
  organiser: TrainingOrganiser
  place: string
  form: TrainingForm
  audience: TrainingAudience
  /** 辅导员创建时限于其负责的班级与宿舍；站长创建时不设 */
  unitScope?: { classIds: string[]; dormIds: string[] }
  /** 签到码密钥（从不返回给客户端） */
  secret: string
  createdBy: string
  createdByName: string
  createdAt: Date
}

/** 签到/考勤：_id = '<trainingId>:<personId>'（重复签到仍是同一条） */
export interface TrainingAttendanceDoc {
  _id: string
  trainingId: string
  stationId: string
  personId: string
  status: 'present' | 'absent'
  /** code = 本人扫码签到；organiser = 组织者标记 */
  via: 'code' | 'organiser'
  /** 标记缺席（或补记到场）的原因 */
  reason?: string
  at: Date
  markedBy: string
}

// ---------- 深入宿舍 ----------

/** 走访中发现的需关注学生：记为关注（随走访记录），或生成约谈任务 */
export interface VisitConcern {
  studentId: string
  studentName: string
  follow: 'concern' | 'talk_task'
  level: Level
  note: string
}

export interface DormVisitDoc {
  _id: string
  stationId: string
  dormId: string
  dormName: string
  counselorId: string
  counselorName: string
  date: string
  findings: string
  concerns: VisitConcern[]
  /** 需关注学生的 id、班级（范围过滤与审计用） */
  studentIds: string[]
  classIds: string[]
  createdAt: Date
}

// ---------- 研判会 ----------

/** 研判结论：维持 / 调整等级 / 转介 / 解除 */
export const CASE_DECISIONS = ['keep', 'level', 'refer', 'close'] as const
export type CaseDecision = (typeof CASE_DECISIONS)[number]
export const CASE_DECISION_LABELS: Record<CaseDecision, string> = { keep: '维持', level: '调整等级', refer: '转介', close: '解除' }

/** 结论的执行结果：已生效 / 待站长审批 / 维持不变 */
export type CaseOutcome = 'applied' | 'pending_approval' | 'kept'

export interface CaseReviewItem {
  keyCareId: string
  studentId: string
  studentName: string
  classId: string
  dormId: string
  decision: CaseDecision
  /** 调整后的等级（decision = level） */
  level?: Level
  /** 转介对象（decision = refer） */
  referTo?: 'center' | 'hospital'
  party?: string
  /** 解除原因、研判意见 */
  note: string
  outcome: CaseOutcome
  approvalId?: string
}

export interface CaseReviewDoc {
  _id: string
  stationId: string
  date: string
  attendees: string[]
  items: CaseReviewItem[]
  nextDate?: string
  /** 讨论过的学生与其班级、宿舍（辅导员按范围可见） */
  studentIds: string[]
  classIds: string[]
  dormIds: string[]
  createdBy: string
  createdByName: string
  createdAt: Date
}

// ---------- 宣教活动 ----------

/** 活动类型（管理办法 第五条） */
export const ACTIVITY_TYPES = ['theme', 'lecture', 'class_meeting', 'group_counseling', 'behavior_training', 'other'] as const
export type ActivityType = (typeof ACTIVITY_TYPES)[number]
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  theme: '主题宣教活动', lecture: '专题讲座', class_meeting: '心理主题班会', group_counseling: '团体心理辅导',
  behavior_training: '心理行为训练', other: '其他',
}

/** 生命周期：计划 → 已开展 → 已总结（只进不退） */
export const ACTIVITY_STAGES = ['planned', 'held', 'summarised'] as const
export type ActivityStage = (typeof ACTIVITY_STAGES)[number]
export const ACTIVITY_STAGE_LABELS: Record<ActivityStage, string> = { planned: '计划', held: '已开展', summarised: '已总结' }

export interface ActivityDoc {
  _id: string
  stationId: string
  type: ActivityType
  title: string
  theme: string
  audience: string
  date: string
  place: string
  stage: ActivityStage
  /** held：参与人数、照片与签到表（云存储文件 id） */
  participants?: number
  photoIds?: string[]
  signSheetId?: string
  heldAt?: Date
  /** summarised：做了什么、效果 */
  summary?: string
  effect?: string
  summarisedAt?: Date
  /** 心理主题班会：关联的晚点名记录 */
  rollCallId?: string
  /** 团体心理辅导：带领人、成员（学生）、次数 */
  facilitator?: string
  memberIds?: string[]
  sessions?: number
  /** 辅导员创建时：其负责的班级（范围） */
  classIds?: string[]
  createdBy: string
  createdByName: string
  createdAt: Date
  updatedAt: Date
}
