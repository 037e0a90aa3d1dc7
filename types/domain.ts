/**
 * 领域枚举：代码名 ↔ 中文术语。本文件同时是术语表的权威来源（见 docs/glossary.md）。
 */

/** 角色 */
export const ROLES = ['committee', 'observer', 'counselor', 'head', 'center'] as const
export type Role = (typeof ROLES)[number]
export const ROLE_LABELS: Record<Role, string> = {
  committee: '班级心理委员',
  observer: '宿舍心理观察员',
  counselor: '辅导员',
  head: '站长',
  center: '校心理中心',
}
/** 学生骨干（绑定时须接受保密承诺） */
export const STUDENT_CADRE_ROLES: readonly Role[] = ['committee', 'observer']

/** 关注类别 */
export const CONCERN_CATEGORIES = [
  '学业压力', '人际关系', '恋爱情感', '家庭变故', '经济困难', '身体疾病',
  '网络依赖', '就业压力', '适应不良', '情绪异常', '行为异常',
  '自伤自杀言行', '受他人危机影响', '其他',
] as const
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number]

/** 关注等级：一般关注(黄) / 重点关注(橙) / 危机(红) */
export const LEVELS = ['general', 'key', 'crisis'] as const
export type Level = (typeof LEVELS)[number]
export const LEVEL_LABELS: Record<Level, string> = { general: '一般关注', key: '重点关注', crisis: '危机' }

/** 周报类型：班级心理周报 / 宿舍心理周报 */
export const REPORT_KINDS = ['class', 'dorm'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]
export const REPORT_KIND_LABELS: Record<ReportKind, string> = { class: '班级心理周报', dorm: '宿舍心理周报' }

/** 周报看板状态：未报 / 迟报 / 零报告 / 有关注 / 已阅 / 已退回 */
export const BOARD_STATUSES = ['missing', 'late', 'zero', 'concern', 'reviewed', 'returned'] as const
export type BoardStatus = (typeof BOARD_STATUSES)[number]
export const BOARD_STATUS_LABELS: Record<BoardStatus, string> = {
  missing: '未报', late: '迟报', zero: '零报告', concern: '有关注', reviewed: '已阅', returned: '已退回',
}

/** 缺勤原因：请假 / 旷课 / 晚归 / 其他 */
export const ABSENCE_REASONS = ['leave', 'truant', 'late_return', 'other'] as const
export type AbsenceReason = (typeof ABSENCE_REASONS)[number]
export const ABSENCE_REASON_LABELS: Record<AbsenceReason, string> = {
  leave: '请假', truant: '旷课', late_return: '晚归', other: '其他',
}

/** 审阅状态（晚点名、朋辈谈心）：待确认 → 已确认 / 已退回（迁移规则见 cloudfunctions/_lib/review.ts） */
export const REVIEW_STATUSES = ['pending', 'confirmed', 'returned'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** 晚点名状态：未记录 / 待确认 / 已确认 / 已退回 */
export const ROLLCALL_STATUSES = ['unrecorded', ...REVIEW_STATUSES] as const
export type RollCallStatus = (typeof ROLLCALL_STATUSES)[number]

/** 谈话形式：面谈 / 电话 / 网络 */
export const TALK_FORMS = ['in_person', 'phone', 'online'] as const
export type TalkForm = (typeof TALK_FORMS)[number]
export const TALK_FORM_LABELS: Record<TalkForm, string> = { in_person: '面谈', phone: '电话', online: '网络' }

/** 谈话类型：日常谈心 / 重点关注 / 危机干预 / 学业 / 就业 / 资助 / 其他 */
export const TALK_TYPES = ['daily', 'key_care', 'crisis', 'academic', 'career', 'aid', 'other'] as const
export type TalkType = (typeof TALK_TYPES)[number]
export const TALK_TYPE_LABELS: Record<TalkType, string> = {
  daily: '日常谈心', key_care: '重点关注', crisis: '危机干预', academic: '学业', career: '就业', aid: '资助', other: '其他',
}

/** 谈话来源：周报关注 / 普查 / 即时报告 / 学生求助 / 自主 */
export const TALK_SOURCES = ['weekly_concern', 'peer_talk', 'screening', 'alert', 'help_seeking', 'self_initiated'] as const
export type TalkSource = (typeof TALK_SOURCES)[number]
export const TALK_SOURCE_LABELS: Record<TalkSource, string> = {
  weekly_concern: '周报关注', peer_talk: '朋辈谈心', screening: '普查', alert: '即时报告', help_seeking: '学生求助', self_initiated: '自主',
}

/** 约谈任务的来源：周报关注 / 朋辈谈心 / 即时报告 / 深入宿舍 / 普测 */
export const TASK_SOURCES = ['weekly_concern', 'peer_talk', 'alert', 'dorm_visit', 'screening'] as const
export type TaskSource = (typeof TASK_SOURCES)[number]
export const TASK_SOURCE_LABELS: Record<TaskSource, string> = {
  weekly_concern: '周报关注', peer_talk: '朋辈谈心', alert: '即时报告', dorm_visit: '深入宿舍', screening: '普测',
}

/** 重点关注库状态：关注中 / 已转介 / 已解除 */
export const KEYCARE_STATUSES = ['active', 'referred', 'closed'] as const
export type KeyCareStatus = (typeof KEYCARE_STATUSES)[number]
export const KEYCARE_STATUS_LABELS: Record<KeyCareStatus, string> = { active: '关注中', referred: '已转介', closed: '已解除' }

/** 转介去向：校心理中心 / 医院 */
export const REFERRAL_TARGETS = ['center', 'hospital'] as const
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number]

/** 月报状态：未生成 / 草稿 / 已提交 / 已退回 */
export const MONTHLY_STATUSES = ['none', 'draft', 'submitted', 'returned'] as const
export type MonthlyStatus = (typeof MONTHLY_STATUSES)[number]
export const MONTHLY_STATUS_LABELS: Record<MonthlyStatus, string> = {
  none: '未生成', draft: '草稿', submitted: '已提交', returned: '已退回',
}

/** 性别 */
export const GENDERS = ['男', '女'] as const
export type Gender = (typeof GENDERS)[number]
