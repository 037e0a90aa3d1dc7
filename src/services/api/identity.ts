/**
 * identity 云函数的类型化包装（输入输出契约见 types/api/identity.ts）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type { IdentityInput } from '../../../types/api/identity'
import type { identityContract } from '../../../types/api/identity.contract'
import { functionCaller } from '../client'

const call = functionCaller<typeof identityContract>('identity')

export type { AssignmentView as MyAssignment, MeOutput, BindOutput, MessageView, StudentView } from '../../../types/api/identity'
export type BindInput = IdentityInput<'bind'>

/** 查询我的身份与全部生效任职（不附带角色：任何生效任职都可调用；未绑定为 AUTH.NOT_BOUND） */
export const fetchMe = () => call('me', {}, { withRole: false })

/** 用邀请码绑定身份（学生骨干须带学号并接受保密承诺） */
export const bindInvite = (input: BindInput) => call('bind', input, { withRole: false })

/** 站内消息列表（提醒、告警等） */
export const listMessages = (input: IdentityInput<'messages.list'> = {}) =>
  call('messages.list', input)

/** 标记消息已读（指定 id 或全部） */
export const readMessages = (input: IdentityInput<'messages.read'>) =>
  call('messages.read', input)

/** 范围内的学生（按班级/宿舍/姓名学号搜索；学生选择器用） */
export const listStudents = (input: IdentityInput<'org.students'> = {}) =>
  call('org.students', input)

/* ---------- 组织、名册、人员、邀请码、学期、审计（站长 / 辅导员） ---------- */

export type {
  AssignmentDetail, AuditEntryDetail, AuditEntryView, AuditTargetView, ClassView, DormView, InviteCreateOutput, InviteStatus, InviteView, Paged, PersonView,
  RosterImportOutput, RosterRowError, RosterTemplateOutput, StationCreateOutput, TermGetOutput, TermView,
} from '../../../types/api/identity'
export type InviteCreateInput = IdentityInput<'invite.create'>
export type TermSetInput = IdentityInput<'term.set'>
export type AuditListInput = IdentityInput<'audit.list'>

/** 用一次性建站码成为站长 */
export const redeemSetupCode = (input: IdentityInput<'setup.redeem'>) =>
  call('setup.redeem', input, { withRole: false })

/** 班级（范围内，带人数） */
export const listClasses = (input: IdentityInput<'org.classes'> = {}) =>
  call('org.classes', input)

/** 宿舍（范围内，带人数） */
export const listDorms = (input: IdentityInput<'org.dorms'> = {}) => call('org.dorms', input)

/** 一名学生（记审计日志） */
export const getStudent = (studentId: string) => call('org.student', { studentId })

/** 名册模板（CSV 文本 + 列说明） */
export const fetchRosterTemplate = () => call('roster.template', {})

/** 为一次上传预留云存储路径（用途决定类型与大小上限） */
export const prepareUpload = (input: IdentityInput<'file.prepare'>) =>
  call('file.prepare', input)

/** 已上传文件的临时链接（只发给范围内的人） */
export const fileLink = (fileId: string) => call('file.link', { fileId })

/** 导入名册：交回已上传名册的文件 id（整份校验，失败时 error.details.errors 为逐行错误） */
export const importRoster = (input: IdentityInput<'roster.import'>) =>
  call('roster.import', input)

/** 人员与任职历史 */
export const listPeople = (input: IdentityInput<'people.list'> = {}) => call('people.list', input)

/** 结束任职（换岗交接）；给出继任者时未办结的工作一并移交 */
export const endAssignment = (assignmentId: string, handover?: { successorAssignmentId: string; note?: string }) =>
  call('assignment.end', { assignmentId, ...handover })

/** 交接记录（台账 · 制度建设） */
export const listHandovers = (input: IdentityInput<'handover.list'> = {}) =>
  call('handover.list', input)

/** 调整辅导员范围或任期 */
export const updateAssignment = (input: IdentityInput<'assignment.update'>) =>
  call('assignment.update', input)

/** 签发邀请码（明文只返回这一次） */
export const createInvite = (input: InviteCreateInput) => call('invite.create', input)

/** 邀请码列表 */
export const listInvites = (input: IdentityInput<'invite.list'> = {}) => call('invite.list', input)

/** 撤销邀请码 */
export const revokeInvite = (inviteId: string) => call('invite.revoke', { inviteId })

/** 学期校历 */
export const fetchTerm = () => call('term.get', {})

/** 保存学期校历 */
export const saveTerm = (input: TermSetInput) => call('term.set', input)

/** 审计日志 */
export const listAudit = (input: AuditListInput = {}) => call('audit.list', input)

/** 本人的联系电话与是否在即时报告页展示给所负责的学生骨干；返回新的 me */
export const updateProfile = (input: IdentityInput<'profile.update'>) => call('profile.update', input, { withRole: false })

/** 打开一条审计日志：涉及的学生、人员与记录 */
export const getAudit = (id: string) => call('audit.get', { id })
