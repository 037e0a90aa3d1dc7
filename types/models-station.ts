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
