/**
 * station 云函数（辅导站台账 II）：人员登记与站长登记表、工作计划、工作总结、普测参测。
 * 每个动作一个严格 schema；输出中的时刻一律为 ISO 字符串。动作说明见 docs/api.md “## station”。
 */
import { z } from 'zod'
import { isValidDate } from '../../domain/calendar'
import { ASSESSMENT_ITEM_IDS } from '../assessment'
import { GENDERS } from '../domain'
import { fileIdSchema } from '../files'
import {
  EMPLOYMENTS, PLAN_LINK_KINDS, SCREENING_REASONS, type ScreeningReason, QUALIFICATION_KINDS, STAFF_KINDS, type PlanLinkKind,
  type StaffProfileDoc,
  type SummaryContent,
} from '../models-station'

const id = z.string().min(1).max(64)
const text = (max: number) => z.string().trim().max(max)
const date = z.string().refine(isValidDate, '日期格式应为 YYYY-MM-DD')
export const schoolYearSchema = z.string().regex(/^(\d{4})-(\d{4})$/, '学年格式应为 2026-2027')
  .refine((y) => Number(y.slice(5)) === Number(y.slice(0, 4)) + 1, '学年应为相邻两年，如 2026-2027')

/** 手机：11 位，1 开头 */
export const phoneSchema = z.string().trim().regex(/^1[3-9]\d{9}$/, '手机号应为 11 位数字，以 1 开头')
/** 邮箱（登记表要求 QQ 邮箱） */
export const emailSchema = z.string().trim().max(64).regex(/^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, '邮箱格式不正确，如 12345678@qq.com')
/** 证书编号：6–32 位字母、数字或连字符 */
export const certificateNoSchema = z.string().trim().regex(/^[A-Za-z0-9-]{6,32}$/, '证书编号应为 6–32 位字母、数字或连字符')

const trainingEntry = z.strictObject({
  date,
  title: text(80).min(1, '请填写培训名称'),
  organiser: text(60).min(1, '请填写举办单位'),
  trainer: text(40).optional(),
  hours: z.number().min(0.5, '学时至少 0.5').max(200),
})

const staffSave = z.strictObject({
  /** 修改已有登记时给出 */
  profileId: id.optional(),
  kind: z.enum(STAFF_KINDS),
  /** 在心桥有任职的人：personId（须在本站任职） */
  personId: id.optional(),
  employment: z.enum(EMPLOYMENTS),
  name: text(32).min(1, '请填写姓名'),
  gender: z.enum(GENDERS),
  department: text(60),
  title: text(60),
  education: text(20),
  major: text(40),
  qqEmail: emailSchema.optional(),
  phone: phoneSchema.optional(),
  qualification: z.strictObject({
    kind: z.enum(QUALIFICATION_KINDS),
    name: text(60).optional(),
    certificateNo: certificateNoSchema.optional(),
  }).refine((q) => q.kind === 'none' || !!q.certificateNo, { path: ['certificateNo'], message: '有咨询资质时须填写证书编号' }),
  workHistory: z.array(text(200).min(1)).max(20).default([]),
  trainings: z.array(trainingEntry).max(60).default([]),
  remarks: text(500).optional(),
})

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
const planLink = z.strictObject({ kind: z.enum(PLAN_LINK_KINDS), id })
const planItem = z.strictObject({
  /** 修改已有条目时给出 */
  id: z.string().min(1).max(24).optional(),
  what: text(200).min(1, '请填写做什么'),
  month: monthSchema,
  who: text(60).min(1, '请填写负责人'),
  assessmentItemId: z.enum(ASSESSMENT_ITEM_IDS),
  links: z.array(planLink).max(20).default([]),
})

export const stationSchemas = {
  'staff.list': z.strictObject({ stationId: id.optional(), schoolYear: schoolYearSchema.optional() }),
  'staff.save': staffSave,
  'staff.remove': z.strictObject({ profileId: id }),
  'staff.norms.get': z.strictObject({}),
  'staff.norms.set': z.strictObject({
    fullTimeHours: z.number().min(0).max(500),
    partTimeHours: z.number().min(0).max(500),
  }),
  'staff.register': z.strictObject({ stationId: id.optional() }),
  'plan.get': z.strictObject({ schoolYear: schoolYearSchema.optional(), stationId: id.optional() }),
  'plan.save': z.strictObject({ schoolYear: schoolYearSchema, items: z.array(planItem).max(100) }),
  'plan.link': z.strictObject({ schoolYear: schoolYearSchema, itemId: z.string().min(1).max(24), links: z.array(planLink).max(20) }),
  'plan.submit': z.strictObject({ schoolYear: schoolYearSchema }),
  'summary.get': z.strictObject({ schoolYear: schoolYearSchema.optional(), stationId: id.optional() }),
  'summary.draft': z.strictObject({ schoolYear: schoolYearSchema }),
  'summary.update': z.strictObject({
    schoolYear: schoolYearSchema,
    /** 读到的 rev（并发修改时答复 CONFLICT） */
    rev: z.number().int().min(1),
    text: z.strictObject({
      overview: text(4000).optional(),
      achievements: text(4000).optional(),
      problems: text(4000).optional(),
      nextYear: text(4000).optional(),
    }).default({}),
    notes: z.array(z.strictObject({ itemId: z.string().min(1).max(24), note: text(500) })).max(100).default([]),
  }),
  'summary.submit': z.strictObject({ schoolYear: schoolYearSchema }),
  'summary.return': z.strictObject({ schoolYear: schoolYearSchema, stationId: id, comment: text(500).min(1, '请填写退回意见') }),
  'summary.export': z.strictObject({ schoolYear: schoolYearSchema, stationId: id.optional() }),
  'screening.create': z.strictObject({
    name: text(60).min(2, '请填写轮次名称'),
    targetGrades: z.array(text(16).min(1)).min(1, '请至少选择一个目标年级').max(10),
    startDate: date,
    endDate: date,
    /** 需约谈的结果等级（名单“结果等级”列中的值） */
    flaggedTiers: z.array(text(20).min(1)).max(10).default([]),
  }).refine((r) => r.endDate >= r.startDate, { path: ['endDate'], message: '结束日期不能早于开始日期' }),
  'screening.list': z.strictObject({ stationId: id.optional() }),
  'screening.get': z.strictObject({ roundId: id }),
  /** 先上传名单（file.prepare 用途 screening），再交回文件 id */
  'screening.import': z.strictObject({ roundId: id, fileID: fileIdSchema }),
  'screening.gaps': z.strictObject({ roundId: id, classId: id.optional(), includeExplained: z.boolean().default(false) }),
  'screening.mark': z.discriminatedUnion('mark', [
    z.strictObject({ roundId: id, studentId: id, mark: z.literal('reason'), reason: z.enum(SCREENING_REASONS), note: text(200).optional() })
      .refine((m) => m.reason !== 'other' || !!m.note, { path: ['note'], message: '原因为“其他”时请写明情况' }),
    z.strictObject({ roundId: id, studentId: id, mark: z.literal('done') }),
    z.strictObject({ roundId: id, studentId: id, mark: z.literal('clear') }),
  ]),
}

export type StationAction = keyof typeof stationSchemas
export type StationInput<A extends StationAction> = z.input<(typeof stationSchemas)[A]>

/* ---------- 输出 ---------- */

export interface TrainingView {
  /** entry = 手填；xinqiao = 心桥记录的培训 */
  source: 'entry' | 'xinqiao'
  date: string
  title: string
  organiser: string
  trainer?: string
  hours: number
}

/** 登记表一行：登记的字段原样（联系方式仅站长与校心理中心可见），资格加上显示文字 */
export interface StaffView extends Pick<StaffProfileDoc,
  '_id' | 'kind' | 'personId' | 'employment' | 'name' | 'gender' | 'department' | 'title' | 'education' | 'major' | 'qqEmail' | 'phone' | 'workHistory' | 'remarks'> {
  kindLabel: string
  qualification: StaffProfileDoc['qualification'] & { label: string }
  /** 全部培训经历（手填 + 心桥记录），按日期 */
  trainings: TrainingView[]
  /** 所选学年的培训学时与标准 */
  hours: { schoolYear: string; total: number; fromXinqiao: number; fromEntries: number; norm: number; meets: boolean }
  updatedAt: string
}

export interface StaffListOutput {
  schoolYear: string
  norms: { fullTimeHours: number; partTimeHours: number }
  items: StaffView[]
}

export interface StaffNormsView { fullTimeHours: number; partTimeHours: number; updatedAt?: string }

/** 导出的 .docx：放在云存储里，url 为临时链接（10 分钟） */
export interface DocxFile {
  filename: string
  mimeType: string
  bytes: number
  url: string
  expiresAt: string
}

export interface PlanLinkView { kind: PlanLinkKind; kindLabel: string; id: string; label: string; verified: boolean }
export interface PlanItemView {
  id: string
  what: string
  month: string
  who: string
  assessmentItemId: string
  assessmentItemName: string
  links: PlanLinkView[]
  /** 月份已过且没有关联任何记录 */
  flagged: boolean
}
export interface PlanView {
  stationId: string
  schoolYear: string
  status: 'none' | 'draft' | 'submitted'
  items: PlanItemView[]
  flaggedCount: number
  submittedAt?: string
  submittedByName?: string
  updatedAt?: string
}

export interface SummaryView {
  stationId: string
  stationName: string
  schoolYear: string
  status: 'none' | 'draft' | 'submitted' | 'returned'
  editable: boolean
  /** working = 工作稿；snapshot = 最新提交的版本 */
  source: 'working' | 'snapshot'
  rev: number
  version: number
  content: SummaryContent | null
  generatedAt?: string
  submittedAt?: string
  returnComment?: string
  versions: Array<{ version: number; submittedAt: string; submittedByName: string }>
  returns: Array<{ version: number; at: string; byName: string; comment: string }>
}

export interface ScreeningRateView {
  eligible: number
  participated: number
  withReason: number
  open: number
  rate: number | null
  complete: boolean
}
export interface ScreeningRoundView {
  _id: string
  name: string
  targetGrades: string[]
  startDate: string
  endDate: string
  flaggedTiers: string[]
  lastImport?: { at: string; byName: string; filename: string; rows: number; eligible: number }
  /** 调用者范围内（辅导员：负责的班级）的参测率；中心与站长为整轮 */
  rates: ScreeningRateView
}
export interface ScreeningClassRow extends ScreeningRateView { classId: string; className: string; grade: string }
export interface ScreeningDetail extends ScreeningRoundView { byClass: ScreeningClassRow[] }
export interface ScreeningGapView {
  studentId: string
  studentNo: string
  studentName: string
  classId: string
  className: string
  tookPart: boolean
  madeUp: boolean
  reason?: { kind: ScreeningReason; label: string; note?: string; byName: string; at: string }
}
export interface ScreeningRowError { row: number; column: string; reason: string }
export interface ScreeningImportOutput {
  rows: number
  eligible: number
  participated: number
  /** 本次新建的约谈任务数（再次导入不重复） */
  tasksCreated: number
  /** 上次导入时应参测、这次已不在目标年级的学生数 */
  leftRound: number
  rates: ScreeningRateView
}

/** staff.remove：已从名单移除 */
export interface StaffRemoveOutput { removed: true }
