/**
 * counseling 云函数：每个动作一个输入 schema（严格对象、字符串限长、数组限量）。
 * 输出类型见 ./counseling-views.ts。
 */
import { z } from 'zod'
import { isValidDate } from '../../domain/calendar'
import {
  ABSENCE_REASONS, CONCERN_CATEGORIES, KEYCARE_STATUSES, LEVELS, REFERRAL_TARGETS, REVIEW_STATUSES, TALK_FORMS, TALK_SOURCES, TALK_TYPES,
} from '../domain'
import { KEYCARE_SOURCES } from '../models-counseling'
import { pageInput } from './paging'

export * from './counseling-views'

const id = z.string().min(1).max(64)
const text = (max: number) => z.string().trim().min(1).max(max)
const optText = (max: number) => z.string().trim().max(max).optional()
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').refine(isValidDate, '日期不存在')
const week = z.number().int().min(1).max(60)

// ---------- 晚点名 ----------
export const rollcallGetInput = z.strictObject({ classId: id, week: week.optional() })

export const absenceInput = z.strictObject({
  studentId: id,
  reason: z.enum(ABSENCE_REASONS),
  note: optText(200),
})

export const rollcallSaveInput = z
  .strictObject({
    classId: id,
    /** 省略时取 heldAt 所在周次 */
    week: week.optional(),
    /** 点名时刻（ISO，带时区） */
    heldAt: z.iso.datetime({ offset: true }),
    /** 省略时取班级名册人数 */
    expected: z.number().int().min(0).max(500).optional(),
    present: z.number().int().min(0).max(500),
    absences: z.array(absenceInput).max(500),
    meetingTopic: optText(100),
    /** 对已确认记录提交更正版本 */
    correction: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    v.absences.forEach((a, i) => {
      if (a.reason === 'other' && !a.note) ctx.addIssue({ code: 'custom', path: ['absences', i, 'note'], message: '原因为“其他”时须填写说明' })
    })
    const seen = new Set<string>()
    v.absences.forEach((a, i) => {
      if (seen.has(a.studentId)) ctx.addIssue({ code: 'custom', path: ['absences', i, 'studentId'], message: '同一学生重复登记' })
      seen.add(a.studentId)
    })
  })

export const rollcallConfirmInput = z.strictObject({ id, revision: z.number().int().min(1).optional() })
export const rollcallReturnInput = z.strictObject({ id, comment: text(200) })
export const rollcallBoardInput = z.strictObject({ week: week.optional() })

// ---------- 谈心谈话 ----------
export const concernRef = z.strictObject({ reportId: z.string().min(1).max(200), concernId: id })

export const talkCreateInput = z.strictObject({
  studentId: id,
  date: dateSchema,
  place: text(50),
  form: z.enum(TALK_FORMS),
  type: z.enum(TALK_TYPES),
  source: z.enum(TALK_SOURCES),
  summary: text(2000),
  level: z.enum(LEVELS),
  measures: z.string().trim().max(1000),
  followUpDate: dateSchema.optional(),
  referred: z.boolean(),
  /** 由谈话任务发起：记录后关闭该任务 */
  fromTaskId: z.string().min(1).max(200).optional(),
  /** 由即时报告发起 */
  fromAlertId: id.optional(),
  /** 由周报关注条目发起 */
  fromConcern: concernRef.optional(),
  /** 幂等键：重试不会重复记录 */
  requestId: id.optional(),
})

export const talkPrefillInput = z
  .strictObject({ taskId: z.string().min(1).max(200).optional(), alertId: id.optional(), concern: concernRef.optional() })
  .refine((v) => [v.taskId, v.alertId, v.concern].filter(Boolean).length === 1, '须且只能指定一个来源')

export const talkListInput = z.strictObject({
  studentId: id.optional(),
  type: z.enum(TALK_TYPES).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  ...pageInput(20),
})
export const talkGetInput = z.strictObject({ id })
export const studentTimelineInput = z.strictObject({ studentId: id })

// ---------- 朋辈谈心 ----------
const peerFields = {
  studentId: id,
  date: dateSchema,
  form: z.enum(TALK_FORMS),
  category: z.enum(CONCERN_CATEGORIES),
  summary: text(500),
  needsCounselor: z.boolean(),
}
export const peerCreateInput = z.strictObject({ ...peerFields, requestId: id.optional() })
export const peerResubmitInput = z.strictObject({ id, ...peerFields })
export const peerListInput = z.strictObject({ status: z.enum(REVIEW_STATUSES).optional(), ...pageInput(20) })
export const peerConfirmInput = z.strictObject({ id })
export const peerReturnInput = z.strictObject({ id, comment: text(200) })

// ---------- 重点关注学生库 ----------
export const keycareAddInput = z.strictObject({
  studentId: id,
  level: z.enum(LEVELS),
  categories: z.array(z.enum(CONCERN_CATEGORIES)).min(1).max(CONCERN_CATEGORIES.length),
  source: z.enum(KEYCARE_SOURCES),
  /** 来源引用（如 'concern:<reportId>#<concernId>'、'alert:<id>'、'talk:<id>'） */
  sourceRef: z.string().max(300).optional(),
  nextFollowUp: dateSchema,
})
export const keycareListInput = z.strictObject({
  level: z.enum(LEVELS).optional(),
  status: z.enum(KEYCARE_STATUSES).optional(),
  overdueOnly: z.boolean().optional(),
  studentId: id.optional(),
  ...pageInput(50),
})
export const keycareGetInput = z.strictObject({ id })
export const keycareUpdateInput = z
  .strictObject({
    id,
    level: z.enum(LEVELS).optional(),
    nextFollowUp: dateSchema.optional(),
    categories: z.array(z.enum(CONCERN_CATEGORIES)).min(1).max(CONCERN_CATEGORIES.length).optional(),
  })
  .refine((v) => v.level !== undefined || v.nextFollowUp !== undefined || v.categories !== undefined, '没有要修改的内容')
export const keycareCloseInput = z.strictObject({ id, reason: text(500) })
export const keycareReferInput = z.strictObject({ id, to: z.enum(REFERRAL_TARGETS), date: dateSchema, party: text(100) })

export const approvalListInput = z.strictObject({ status: z.enum(['pending', 'approved', 'rejected']).optional(), ...pageInput(50) })
export const approvalDecideInput = z.strictObject({ id, decision: z.enum(['approve', 'reject']), comment: optText(200) })

// ---------- 转介（校心理中心） ----------
export const referralListInput = z.strictObject({ stationId: id.optional(), ...pageInput(50) })
export const referralGetInput = z.strictObject({ id })
export const referralFeedbackInput = z.strictObject({ id, text: text(1000) })

// ---------- 本周 ----------
export const weekOverviewInput = z.strictObject({ week: week.optional() })

export type RollcallSaveInput = z.input<typeof rollcallSaveInput>
export type TalkCreateInput = z.input<typeof talkCreateInput>
export type PeerCreateInput = z.input<typeof peerCreateInput>
export type KeycareAddInput = z.input<typeof keycareAddInput>
export type KeycareUpdateInput = z.input<typeof keycareUpdateInput>
