/**
 * 辅导站台账 II（station 云函数与 identity 的换岗交接）的文档结构，与 docs/data-model.md “Station ledger II” 一致。
 * 时刻为 Date；日期为 'YYYY-MM-DD'（北京时间）；学年为 '2026-2027'。
 */

/* ---------- 换岗交接（identity） ---------- */

/** 交接中移交的一项未办结工作 */
export type HandoverItemKind = 'keycare' | 'talk_task' | 'rollcall' | 'peer_talk'
export const HANDOVER_ITEM_LABELS: Record<HandoverItemKind, string> = {
  keycare: '重点关注条目', talk_task: '约谈任务', rollcall: '待确认晚点名', peer_talk: '待确认朋辈谈心',
}

export interface HandoverItem {
  kind: HandoverItemKind
  /** 记录 _id */
  id: string
  /** 列表展示：学生姓名或班级 */
  label: string
  /** 学生相关记录的学生 id（审计用） */
  studentId?: string
  movedAt: Date
}

/** 交接记录：_id = '<前任任职 id>><继任任职 id>'，重复执行更新同一条 */
export interface HandoverDoc {
  _id: string
  stationId: string
  fromAssignmentId: string
  fromPersonId: string
  fromName: string
  toAssignmentId: string
  toPersonId: string
  toName: string
  note: string
  /** 移交给继任者的班级与宿舍 */
  classIds: string[]
  dormIds: string[]
  items: HandoverItem[]
  /** 每次执行：时间、执行人、本次移交条数 */
  runs: Array<{ at: Date; by: string; byName: string; moved: number }>
  createdAt: Date
  updatedAt: Date
}

/** 重点关注条目上的前任负责辅导员（交接时追加；记录作者不变） */
export interface PreviousCounselor {
  personId: string
  name: string
  until: Date
  handoverId: string
}

/* ---------- 人员登记（station） ---------- */

/** 登记人员的身份：站长 / 辅导员 / 兼职心理咨询师（可不在心桥任职） */
export const STAFF_KINDS = ['head', 'counselor', 'consultant'] as const
export type StaffKind = (typeof STAFF_KINDS)[number]
export const STAFF_KIND_LABELS: Record<StaffKind, string> = { head: '站长', counselor: '辅导员', consultant: '兼职心理咨询师' }

/** 咨询资质：心理咨询师二级 / 三级 / 其他相关证书 / 无 */
export const QUALIFICATION_KINDS = ['counselor2', 'counselor3', 'other', 'none'] as const
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number]
export const QUALIFICATION_LABELS: Record<QualificationKind, string> = {
  counselor2: '心理咨询师（二级）', counselor3: '心理咨询师（三级）', other: '其他相关证书', none: '无',
}

/** 专职 / 兼职（对应中心配置的年度培训学时标准） */
export const EMPLOYMENTS = ['full_time', 'part_time'] as const
export type Employment = (typeof EMPLOYMENTS)[number]
export const EMPLOYMENT_LABELS: Record<Employment, string> = { full_time: '专职', part_time: '兼职' }

/** 手填的培训经历 */
export interface TrainingEntry {
  date: string
  title: string
  organiser: string
  trainer?: string
  hours: number
}

/** 人员登记表 */
export interface StaffProfileDoc {
  _id: string
  stationId: string
  kind: StaffKind
  /** 在心桥有任职的人（站长、辅导员）：其 personId，用于读取心桥记录的培训 */
  personId?: string
  employment: Employment
  name: string
  gender: '男' | '女'
  department: string
  title: string
  education: string
  major: string
  qqEmail?: string
  phone?: string
  qualification: { kind: QualificationKind; name?: string; certificateNo?: string }
  /** 工作经历，每行一段，如 “2009.09-2013.06 xx学校 担任专职辅导员” */
  workHistory: string[]
  trainings: TrainingEntry[]
  remarks?: string
  createdAt: Date
  updatedAt: Date
  updatedBy: string
}

/** 中心配置：每学年培训学时标准（_id = 'staff-norms'） */
export interface StaffNormsDoc {
  _id: string
  fullTimeHours: number
  partTimeHours: number
  updatedAt: Date
  updatedBy: string
}

/* ---------- 工作计划（station） ---------- */

/**
 * 计划条目可关联的记录种类：培训、宣教活动、研判会、深入宿舍（台账 I 的记录）、普测轮次、月报。
 */
export const PLAN_LINK_KINDS = ['training', 'activity', 'case_review', 'dorm_visit', 'screening', 'monthly'] as const
export type PlanLinkKind = (typeof PLAN_LINK_KINDS)[number]
export const PLAN_LINK_LABELS: Record<PlanLinkKind, string> = {
  training: '培训', activity: '宣教活动', case_review: '研判会', dorm_visit: '深入宿舍', screening: '普测', monthly: '月报',
}

export interface PlanLink {
  kind: PlanLinkKind
  id: string
  /** 关联时记录的名称（如 “2026-09 月报”） */
  label: string
  /** 关联时已在对应集合中核实存在 */
  verified: boolean
  linkedAt: Date
}

export interface PlanItem {
  /** 条目 id（计划内唯一） */
  id: string
  what: string
  /** 计划月份 'YYYY-MM'（学年内） */
  month: string
  who: string
  /** 服务的考核指标（domain/assessment/table.ts 的 AssessmentItemId） */
  assessmentItemId: string
  links: PlanLink[]
}

/** 学年工作计划：_id = '<stationId>:<学年>' */
export interface WorkPlanDoc {
  _id: string
  stationId: string
  schoolYear: string
  items: PlanItem[]
  status: 'draft' | 'submitted'
  submittedAt?: Date
  submittedBy?: string
  submittedByName?: string
  createdAt: Date
  updatedAt: Date
}

/* ---------- 普测参测（station） ---------- */

/** 未参测原因 */
export const SCREENING_REASONS = ['suspended', 'sick', 'internship', 'refused', 'other'] as const
export type ScreeningReason = (typeof SCREENING_REASONS)[number]
export const SCREENING_REASON_LABELS: Record<ScreeningReason, string> = {
  suspended: '休学', sick: '病假', internship: '实习', refused: '拒绝', other: '其他',
}

/** 普测轮次 */
export interface ScreeningRoundDoc {
  _id: string
  stationId: string
  name: string
  /** 目标年级，如 ['2026级'] */
  targetGrades: string[]
  startDate: string
  endDate: string
  /** 需约谈的结果等级（名单中带这些等级的学生成为约谈任务） */
  flaggedTiers: string[]
  /** 最近一次导入 */
  lastImport?: { at: Date; by: string; byName: string; filename: string; rows: number; eligible: number }
  createdAt: Date
  updatedAt: Date
  createdBy: string
}

/**
 * 一名应参测学生：_id = '<roundId>:<studentId>'。应参测名单 = 导入时目标年级的名册；
 * 班级为导入时的班级（再次导入时更新）。不再在目标年级名册中的学生 eligible=false，不计入参测率。
 */
export interface ScreeningParticipantDoc {
  _id: string
  roundId: string
  stationId: string
  studentId: string
  studentNo: string
  studentName: string
  classId: string
  dormId: string
  eligible: boolean
  /** 名单中有 = 已参测；补测 = 辅导员标记已补测 */
  tookPart: boolean
  madeUp: boolean
  tier?: string
  reason?: { kind: ScreeningReason; note?: string; by: string; byName: string; at: Date }
  updatedAt: Date
}

/* ---------- 工作总结（station） ---------- */

/** 总结中的一条计划条目：完成与否由是否关联了记录决定；note 由站长填写 */
export interface SummaryPlanRow {
  itemId: string
  what: string
  month: string
  who: string
  assessmentItemName: string
  done: boolean
  evidence: string[]
  note: string
}

/** 本学年的数字 */
export interface SummaryFigures {
  weeklyReports: number
  concerns: number
  monthly: { due: number; submitted: number; onTime: number }
  alerts: { total: number; decided: number; withinLimit: number; share: number | null; medianMinutes: number | null }
  talks: number
  peerTalks: { confirmed: number; pending: number }
  trainings: number
  activities: number
  screenings: Array<{ name: string; eligible: number; participated: number; rate: number | null; complete: boolean }>
}

/** 站长撰写的各节 */
export interface SummaryText {
  overview: string
  achievements: string
  problems: string
  nextYear: string
}

export interface SummaryContent {
  planRows: SummaryPlanRow[]
  figures: SummaryFigures
  text: SummaryText
}

export interface SummaryVersion {
  version: number
  submittedAt: Date
  submittedBy: string
  submittedByName: string
  snapshot: SummaryContent
}

export interface SummaryReturn { version: number; at: Date; by: string; byName: string; comment: string }

/** 学年工作总结：_id = '<stationId>:<学年>'。提交冻结为一个版本（与月报相同），中心可退回。 */
export interface WorkSummaryDoc {
  _id: string
  stationId: string
  schoolYear: string
  status: 'draft' | 'submitted' | 'returned'
  /** 工作稿 */
  content: SummaryContent
  /** 每次写入 +1（条件更新用） */
  rev: number
  version: number
  versions: SummaryVersion[]
  returns: SummaryReturn[]
  generatedAt: Date
  submittedAt?: Date
  returnComment?: string
  createdAt: Date
  updatedAt: Date
}
