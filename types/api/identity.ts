/**
 * identity 云函数：组织、名册、绑定、角色任职、交接、学期、审计日志、站内消息。
 * 每个动作一个严格 schema（z.strictObject）；输出中的时刻一律为 ISO 字符串。
 */
import { z } from 'zod'
import type { Paged } from './paging'
import { isValidDate, weekdayOf } from '../../domain/calendar'
import { GENDERS, ROLES, type Role } from '../domain'
import { filterText } from '../text'
import { FILE_PURPOSES, fileIdSchema, UPLOAD_PURPOSES } from '../files'
import type { TermDoc } from '../models'
import type { HandoverItemKind } from '../models-station'

/** 名册文件上限：文件经云存储上传（不受单次调用 6 MB 的限制），接收时由 roster.import 检查 */
export const MAX_ROSTER_BYTES = FILE_PURPOSES.roster.maxBytes

const id = z.string().min(1).max(64)
const text = (max: number) => z.string().trim().max(max)
const date = z.string().refine(isValidDate, '日期格式应为 YYYY-MM-DD')
const pageSize = (max: number) => z.number().int().min(1).max(max).default(20)
const page = { page: z.number().int().min(1).max(100000).default(1), pageSize: pageSize(100) }
const inviteCode = z.string().trim().min(4).max(32)
const personName = z.string().trim().min(1, '请填写姓名').max(32)

/** 邀请码：一个角色 + 一个范围 */
const inviteCommon = {
  /** 接替哪一个任职（换岗交接）：绑定后该任职结束 */
  successorOf: id.optional(),
  /** 任期结束日期（含当日）；不填为未设定 */
  termEnd: date.optional(),
  /** 有效天数，默认 7 */
  expiresInDays: z.number().int().min(1).max(30).default(7),
}
const unitIds = z.array(id).max(200)

export const identitySchemas = {
  me: z.strictObject({}),
  bind: z.strictObject({
    code: inviteCode,
    name: personName,
    /** 学生骨干必填：与名册核对 */
    studentNo: text(32).optional(),
    /** 学生骨干必须为 true：保密承诺 */
    acceptPledge: z.boolean().optional(),
  }),
  'setup.redeem': z.strictObject({ code: inviteCode, name: personName }),
  'station.create': z.strictObject({
    name: z.string().trim().min(2).max(40),
    ackLimitMinutes: z.number().int().min(5).max(1440).default(30),
  }),
  'invite.create': z.discriminatedUnion('role', [
    z.strictObject({ role: z.literal('committee'), classId: id, ...inviteCommon }),
    z.strictObject({ role: z.literal('observer'), dormId: id, ...inviteCommon }),
    z.strictObject({ role: z.literal('counselor'), classIds: unitIds.default([]), dormIds: unitIds.default([]), ...inviteCommon }),
    z.strictObject({ role: z.literal('head'), ...inviteCommon }),
  ]),
  'invite.list': z.strictObject({ status: z.enum(['active', 'used', 'expired', 'revoked']).optional(), ...page }),
  'invite.revoke': z.strictObject({ inviteId: id }),
  'org.classes': z.strictObject({ grade: filterText(16).optional(), q: filterText(32).optional(), ...page, pageSize: pageSize(500) }),
  'org.dorms': z.strictObject({ building: filterText(16).optional(), q: filterText(32).optional(), ...page, pageSize: pageSize(500) }),
  'org.students': z.strictObject({ classId: id.optional(), dormId: id.optional(), q: filterText(32).optional(), ...page }),
  'org.student': z.strictObject({ studentId: id }),
  'roster.template': z.strictObject({}),
  /** 先上传名册（file.prepare 用途 roster → 上传到返回的 cloudPath），再交回文件 id */
  'roster.import': z.strictObject({ fileID: fileIdSchema }),
  /** 为一次上传预留云存储路径（用途决定类型、大小上限与谁能上传，见 types/files.ts） */
  'file.prepare': z.strictObject({
    purpose: z.enum(UPLOAD_PURPOSES),
    filename: z.string().trim().min(1).max(120),
  }),
  /** 已接收文件的临时链接（本人或本站站长） */
  'file.link': z.strictObject({ fileId: id }),
  'people.list': z.strictObject({
    role: z.enum(ROLES).optional(),
    q: filterText(32).optional(),
    activeOnly: z.boolean().default(false),
    ...page,
  }),
  'assignment.end': z.strictObject({
    assignmentId: id,
    /** 换岗交接：继任者的任职（本站在任的辅导员）；给出时未办结的工作一并移交 */
    successorAssignmentId: id.optional(),
    /** 交接说明 */
    note: text(500).optional(),
  }),
  'handover.list': z.strictObject({ ...page }),
  'assignment.update': z.strictObject({
    assignmentId: id,
    classIds: unitIds.optional(),
    dormIds: unitIds.optional(),
    termEnd: date.nullable().optional(),
  }),
  'term.get': z.strictObject({}),
  'term.set': z
    .strictObject({
      termId: id.optional(),
      name: z.string().trim().min(2).max(40),
      startDate: date.refine((d) => weekdayOf(d) === 1, '学期第 1 周须从周一开始'),
      weeks: z.number().int().min(1).max(30),
      weeksOff: z.array(z.number().int().min(1).max(30)).max(30).default([]),
      deadlineWeekday: z.number().int().min(1).max(7).default(7),
      deadlineTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时刻格式应为 HH:mm').default('22:00'),
      ackLimitMinutes: z.number().int().min(5).max(1440).optional(),
    })
    .refine((t) => t.weeksOff.every((w) => w <= t.weeks), { path: ['weeksOff'], message: '假期周次超出学期周数' }),
  'audit.list': z.strictObject({
    actorPersonId: id.optional(),
    action: filterText(64).optional(),
    targetId: id.optional(),
    from: date.optional(),
    to: date.optional(),
    ...page,
  }),
  'audit.get': z.strictObject({ id }),
  /** 本人的联系电话；phoneShared = 在即时报告页向所负责的学生骨干展示 */
  'profile.update': z.strictObject({
    phone: z.string().trim().regex(/^(1\d{10})?$/, '请填写 11 位手机号'),
    phoneShared: z.boolean(),
  }),
  'messages.list': z.strictObject({ unreadOnly: z.boolean().default(false), ...page }),
  'messages.read': z
    .strictObject({ messageIds: z.array(id).max(100).optional(), all: z.boolean().optional() })
    .refine((m) => m.all === true || (m.messageIds?.length ?? 0) > 0, { path: ['messageIds'], message: '请选择要标为已读的消息' }),
  /** 用户在小程序里接受了订阅（wx.requestSubscribeMessage 的 accept）：各模板的额度 +1 */
  'wechat.subscribed': z.strictObject({ accepted: z.array(z.enum(['alert', 'reminder'])).min(1).max(2) }),
}

export type IdentityAction = keyof typeof identitySchemas
export type IdentityInput<A extends IdentityAction> = z.input<(typeof identitySchemas)[A]>

/* ---------- 输出 ---------- */

export type { Paged } from './paging'

export interface AssignmentView {
  _id: string
  role: Role
  stationId: string | null
  stationName: string
  /** 范围的中文说明，如 “机电2301班”、“12栋305”、“机电工程学院” */
  scopeLabel: string
  termStart: string
  termEnd: string | null
}
export interface MeOutput {
  person: { _id: string; name: string; phone?: string; phoneShared?: boolean }
  assignments: AssignmentView[]
}
export interface BindOutput extends MeOutput {
  /** 新建的任职 */
  assignmentId: string
}

export interface StationCreateOutput {
  stationId: string
  setupCode: string
  expiresAt: string
}

export type InviteStatus = 'active' | 'used' | 'expired' | 'revoked'
export interface InviteView {
  _id: string
  role: Role
  scopeLabel: string
  status: InviteStatus
  successorOf?: string
  termEnd?: string
  expiresAt: string
  createdAt: string
  createdByName: string
  usedByName?: string
  usedAt?: string
  revokedAt?: string
}
export interface InviteCreateOutput {
  invite: InviteView
  /** 明文邀请码只在创建时返回一次（库中只存散列） */
  code: string
}

export interface ClassView { _id: string; grade: string; name: string; studentCount: number }
export interface DormView { _id: string; building: string; room: string; name: string; studentCount: number }
export interface StudentView {
  _id: string
  studentNo: string
  name: string
  gender?: (typeof GENDERS)[number]
  classId: string
  className: string
  dormId: string
  dormName: string
  /** 仅站长、辅导员可见 */
  phone?: string
}

export interface RosterColumn { name: string; required: boolean; example: string; rule: string }
export interface RosterTemplateOutput { filename: string; csv: string; columns: RosterColumn[] }
export interface RosterRowError { row: number; column: string; reason: string }
export interface RosterImportOutput {
  added: number
  updated: number
  unchanged: number
  classesAdded: number
  dormsAdded: number
  /** 导入耗时（毫秒） */
  ms: number
}

export interface AssignmentDetail extends AssignmentView {
  classId?: string
  dormId?: string
  classIds?: string[]
  dormIds?: string[]
  endedAt?: string
  endedByName?: string
  active: boolean
}
/** 交接记录（出现在台账“制度建设 · 专人管理、换岗交接”下） */
export interface HandoverView {
  _id: string
  fromName: string
  toName: string
  fromAssignmentId: string
  toAssignmentId: string
  note: string
  items: Array<{ kind: HandoverItemKind; kindLabel: string; id: string; label: string; movedAt: string }>
  /** 各类移交条数 */
  counts: Record<HandoverItemKind, number>
  createdAt: string
  updatedAt: string
  /** 考核细则：制度建设 ②（专人管理、专人负责） */
  assessmentPointId: 'policy.2'
}
export interface AssignmentEndOutput extends AssignmentDetail {
  /** 有继任者时的交接记录 */
  handover?: HandoverView
  /** 本次移交的条数（重复执行为 0） */
  moved?: number
}

export interface PersonView {
  _id: string
  name: string
  studentNo?: string
  pledgeAcceptedAt?: string
  assignments: AssignmentDetail[]
}

/** 学期视图：存储形态去掉站点与时间戳 */
export type TermView = Pick<TermDoc, '_id' | 'name' | 'startDate' | 'weeks' | 'weeksOff' | 'deadlineWeekday' | 'deadlineTime'>
export interface TermGetOutput {
  current: TermView | null
  terms: TermView[]
  /** 当前周次；不在学期内为 null */
  currentWeek: number | null
  ackLimitMinutes: number
}

export interface AuditEntryView {
  _id: string
  at: string
  actorPersonId: string
  actorName: string
  role: string
  action: string
  targetIds: string[]
}

/** 审计条目涉及的一条记录：学生（姓名、学号、班级）、人员，或其他记录（周报、谈话、重点关注条目……） */
export interface AuditTargetView {
  id: string
  kind: 'student' | 'person' | 'record'
  /** 学生或人员的姓名；其他记录为记录类别（如“谈话记录”） */
  label: string
  /** 学号 · 班级；其他记录为空 */
  detail?: string
}

export interface AuditEntryDetail extends AuditEntryView {
  targets: AuditTargetView[]
}

export interface MessageView {
  _id: string
  kind: string
  title: string
  body: string
  link?: string
  createdAt: string
  readAt?: string
  /** 推送到微信的结果（只有带模板的消息有） */
  push?: { state: 'sent' | 'failed' | 'unconfigured'; reason?: string }
}
export interface MessagesListOutput extends Paged<MessageView> {
  unread: number
  /** 未读消息中推送到微信未送达的条数 */
  undelivered: number
}

/** wechat.subscribed 的结果：当前的订阅额度 */
export interface WechatSubscribedOutput {
  credits: { alert: number; reminder: number }
}

/** file.prepare：为一次上传预留的云存储路径（用途决定扩展名与大小上限） */
export interface FilePrepareOutput {
  cloudPath: string
  maxBytes: number
  exts: readonly string[]
}
/** messages.read：标为已读的条数 */
export interface MessagesReadOutput {
  updated: number
}
/** wechat.subscribed：各订阅模板现有的额度 */
export interface WechatSubscribedOutput {
  credits: { alert: number; reminder: number }
}
