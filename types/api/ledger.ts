/**
 * ledger 云函数（工作台账）：每个动作一个输入 schema（严格对象、字符串限长、数组限量）。
 * 输出类型见 ./ledger-views.ts。
 */
import { z } from 'zod'
import { isValidDate } from '../../domain/calendar'
import { LEVELS, REFERRAL_TARGETS } from '../domain'
import { fileIdSchema } from '../files'
import { ACTIVITY_TYPES, CADRE_ROLES, CASE_DECISIONS, TRAINING_FORMS, TRAINING_ORGANISERS } from '../models-ledger'

import type { TempLink } from '../files'
import { pageInput, type Paged } from './paging'
import type { ActivityDetail, ActivityView, CaseReviewView, TrainingView, VisitView } from './ledger-views'

export * from './ledger-views'

const id = z.string().min(1).max(64)
const text = (max: number) => z.string().trim().min(1).max(max)
const optText = (max: number) => z.string().trim().max(max).optional()
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').refine(isValidDate, '日期不存在')
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时刻格式应为 HH:mm')
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
const schoolYear = z.string().regex(/^\d{4}-\d{4}$/, '学年格式应为 2026-2027')
const grade = z.string().trim().min(1).max(20)

// ---------- 培训 ----------
export const trainingAudienceInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('cadres'),
    roles: z.array(z.enum(CADRE_ROLES)).min(1).max(CADRE_ROLES.length),
    grades: z.array(grade).min(1).max(20),
  }),
  z.strictObject({ kind: z.literal('staff'), personIds: z.array(id).min(1).max(100) }),
])

export const trainingCreateInput = z
  .strictObject({
    title: text(60),
    date: dateSchema,
    startTime: time,
    endTime: time,
    hours: z.number().min(0.5).max(40).multipleOf(0.5),
    trainer: text(40),
    organiser: z.enum(TRAINING_ORGANISERS),
    place: text(60),
    form: z.enum(TRAINING_FORMS),
    audience: trainingAudienceInput,
  })
  .refine((v) => v.endTime > v.startTime, { path: ['endTime'], message: '结束时刻须晚于开始时刻' })

export const trainingListInput = z.strictObject({ termId: id.optional() })
export const trainingGetInput = z.strictObject({ id })
export const trainingCodeInput = z.strictObject({ id })
/** 签到：只为本人签到，负载里没有 personId */
export const trainingSignInInput = z.strictObject({ id, code: z.string().trim().toUpperCase().length(6, '签到码为 6 位') })
export const trainingMarkInput = z
  .strictObject({ id, personId: id, status: z.enum(['present', 'absent']), reason: optText(100) })
  .refine((v) => v.status === 'present' || !!v.reason, { path: ['reason'], message: '标记缺席须填写原因' })
export const trainingCoverageInput = z.strictObject({ termId: id.optional() })
export const trainingHistoryInput = z.strictObject({ personId: id.optional(), schoolYear: schoolYear.optional() })

// ---------- 深入宿舍 ----------
export const visitConcernInput = z.strictObject({
  studentId: id,
  follow: z.enum(['concern', 'talk_task']),
  level: z.enum(LEVELS),
  note: text(200),
})
export const visitCreateInput = z
  .strictObject({
    dormId: id,
    date: dateSchema,
    findings: text(1000),
    concerns: z.array(visitConcernInput).max(12),
    requestId: id.optional(),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>()
    v.concerns.forEach((c, i) => {
      if (seen.has(c.studentId)) ctx.addIssue({ code: 'custom', path: ['concerns', i, 'studentId'], message: '同一学生重复登记' })
      seen.add(c.studentId)
    })
  })
export const visitListInput = z.strictObject({ month: month.optional(), dormId: id.optional(), ...pageInput(20, 100) })
export const visitCoverageInput = z.strictObject({ month })

// ---------- 研判会 ----------
export const caseItemInput = z
  .strictObject({
    studentId: id,
    decision: z.enum(CASE_DECISIONS),
    level: z.enum(LEVELS).optional(),
    referTo: z.enum(REFERRAL_TARGETS).optional(),
    party: optText(50),
    note: z.string().trim().max(300),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'level' && !v.level) ctx.addIssue({ code: 'custom', path: ['level'], message: '调整等级须选择新的等级' })
    if (v.decision === 'refer' && (!v.referTo || !v.party)) ctx.addIssue({ code: 'custom', path: ['referTo'], message: '转介须选择对象并填写接收方' })
    if (v.decision === 'close' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: '解除关注须填写原因' })
  })
export const caseReviewCreateInput = z
  .strictObject({
    date: dateSchema,
    attendees: z.array(text(20)).min(1).max(30),
    items: z.array(caseItemInput).min(1).max(50),
    nextDate: dateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>()
    v.items.forEach((c, i) => {
      if (seen.has(c.studentId)) ctx.addIssue({ code: 'custom', path: ['items', i, 'studentId'], message: '同一学生重复研判' })
      seen.add(c.studentId)
    })
    if (v.nextDate && v.nextDate <= v.date) ctx.addIssue({ code: 'custom', path: ['nextDate'], message: '下次研判日期须晚于本次' })
  })
export const caseReviewListInput = z.strictObject({ from: dateSchema.optional(), to: dateSchema.optional(), ...pageInput(20, 100) })
export const caseReviewGetInput = z.strictObject({ id })

// ---------- 宣教活动 ----------
export const activityCreateInput = z.strictObject({
  type: z.enum(ACTIVITY_TYPES),
  title: text(60),
  theme: text(100),
  audience: text(60),
  date: dateSchema,
  place: text(60),
  rollCallId: z.string().min(1).max(200).optional(),
  facilitator: optText(20),
  memberIds: z.array(id).max(30).optional(),
  sessions: z.number().int().min(1).max(30).optional(),
})
export const activityHoldInput = z.strictObject({
  id,
  participants: z.number().int().min(1).max(5000),
  /** 超过 9 张答复 FILE.TOO_MANY（在这里放宽到 20，好给出具名的答复） */
  photoIds: z.array(fileIdSchema).max(20),
  signSheetId: fileIdSchema.optional(),
})
export const activitySummariseInput = z.strictObject({ id, summary: text(2000), effect: text(1000) })
export const activityListInput = z.strictObject({ termId: id.optional(), type: z.enum(ACTIVITY_TYPES).optional(), ...pageInput(20, 100) })
export const activityGetInput = z.strictObject({ id })
export const activityStatsInput = z.strictObject({ termId: id.optional() })

// ---------- 校心理中心：只看数量 ----------
export const ledgerCountsInput = z.strictObject({ schoolYear: schoolYear.optional() })

/* ---------- 列表与详情的输出（契约 ledger.contract.ts 引用） ---------- */
export interface TrainingListOutput { termId: string; termName: string; items: TrainingView[] }
export type VisitListOutput = Paged<VisitView>
export type CaseReviewListOutput = Paged<CaseReviewView>
export interface ActivityListOutput extends Paged<ActivityView> { termId: string; termName: string }
/** activity.get：活动详情、照片与签到表的临时链接 */
export type ActivityGetOutput = ActivityDetail & { photos: TempLink[]; signSheet: TempLink | null }
