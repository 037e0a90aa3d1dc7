/**
 * 访问控制：唯一声明各角色范围的模块。每个云函数的每个动作在读写前都经过这里。
 * 越权与不存在的答复完全相同（NOT_FOUND）。
 * 本文件：调用者、范围、按范围读取与筛选。
 */
import type { Role } from '../../../types/domain'
import type { FileDoc } from '../../../types/files'
import type { PersonDoc, RoleAssignmentDoc, StationDoc, StudentDoc, TermDoc } from '../../../types/models'
import { COLLECTIONS } from '../collections'
import { getById, getWithLookups, unwrap } from '../dbops'
import { AppError, invalidField, notFound } from '../errors'
import type { Database } from '../sdk'

/** 调用者：平台身份 + 当前生效的一个角色任职 */
export interface Caller {
  openid: string
  person: PersonDoc
  role: Role
  assignment: RoleAssignmentDoc
  stationId: string | null
  /** 该人当前生效的全部任职（角色切换用） */
  assignments: RoleAssignmentDoc[]
}

/** 角色范围：每个角色的可见范围在此声明一次 */
export type Scope =
  | { kind: 'class'; stationId: string; classIds: string[]; dormIds: [] }
  | { kind: 'dorm'; stationId: string; classIds: []; dormIds: string[] }
  | { kind: 'counselor'; stationId: string; classIds: string[]; dormIds: string[] }
  | { kind: 'station'; stationId: string }
  | { kind: 'center' }

export function scopeOf(a: Pick<RoleAssignmentDoc, 'role' | 'stationId' | 'classId' | 'dormId' | 'classIds' | 'dormIds'>): Scope {
  switch (a.role) {
    case 'committee':
      return { kind: 'class', stationId: a.stationId!, classIds: a.classId ? [a.classId] : [], dormIds: [] }
    case 'observer':
      return { kind: 'dorm', stationId: a.stationId!, classIds: [], dormIds: a.dormId ? [a.dormId] : [] }
    case 'counselor':
      return { kind: 'counselor', stationId: a.stationId!, classIds: a.classIds ?? [], dormIds: a.dormIds ?? [] }
    case 'head':
      return { kind: 'station', stationId: a.stationId! }
    case 'center':
      return { kind: 'center' }
  }
}

/** 任职是否在 now 时刻生效 */
export function isAssignmentActive(a: RoleAssignmentDoc, now: Date): boolean {
  if (a.endedAt && new Date(a.endedAt).getTime() <= now.getTime()) return false
  if (new Date(a.termStart).getTime() > now.getTime()) return false
  if (a.termEnd && new Date(a.termEnd).getTime() <= now.getTime()) return false
  return true
}

const ROLE_PRIORITY: Role[] = ['head', 'counselor', 'committee', 'observer', 'center']

/**
 * 由平台 openid 解析调用者。requestedRole/requestedAssignmentId 只用于在本人已持有的任职间选择。
 * 返回 null 表示未绑定；有绑定但任期全部结束时抛 AUTH.ROLE_ENDED。
 */
export async function resolveCaller(
  database: Database,
  openid: string,
  now: Date,
  requested?: { role?: Role; assignmentId?: string },
): Promise<Caller | null> {
  // 一次往返：本人 + 其全部任职（每个云函数调用都要解析调用者，少一次数据库请求即少一段网络延迟）
  const res = unwrap(await database.collection(COLLECTIONS.people).aggregate()
    .match({ openid })
    .limit(1)
    .lookup({ from: COLLECTIONS.roleAssignments, localField: '_id', foreignField: 'personId', as: 'assignments' })
    .end())
  const row = (res.data as Array<PersonDoc & { assignments: RoleAssignmentDoc[] }>)[0]
  if (!row) return null
  const { assignments: all, ...person } = row
  const active = all.filter((a) => isAssignmentActive(a, now))
  if (active.length === 0) {
    if (all.length > 0) throw new AppError('AUTH.ROLE_ENDED')
    return null
  }
  let chosen: RoleAssignmentDoc | undefined
  if (requested?.assignmentId) chosen = active.find((a) => a._id === requested.assignmentId)
  else if (requested?.role) chosen = active.find((a) => a.role === requested.role)
  if ((requested?.assignmentId || requested?.role) && !chosen) {
    // 请求的角色已不再生效（如刚被交接）：明确告知
    const held = all.some((a) => a._id === requested.assignmentId || a.role === requested.role)
    throw new AppError(held ? 'AUTH.ROLE_ENDED' : 'AUTH.FORBIDDEN')
  }
  if (!chosen) {
    chosen = [...active].sort((x, y) => ROLE_PRIORITY.indexOf(x.role) - ROLE_PRIORITY.indexOf(y.role))[0]
  }
  return { openid, person, role: chosen.role, assignment: chosen, stationId: chosen.stationId, assignments: active }
}

/** 学生是否在调用者范围内（center 不直接可见学生；转介个案另行判断） */
export function studentInScope(caller: Caller, student: Pick<StudentDoc, 'stationId' | 'classId' | 'dormId'>): boolean {
  const s = scopeOf(caller.assignment)
  switch (s.kind) {
    case 'class':
      return student.stationId === s.stationId && s.classIds.includes(student.classId)
    case 'dorm':
      return student.stationId === s.stationId && s.dormIds.includes(student.dormId)
    case 'counselor':
      return student.stationId === s.stationId && (s.classIds.includes(student.classId) || s.dormIds.includes(student.dormId))
    case 'station':
      return student.stationId === s.stationId
    case 'center':
      return false
  }
}

/** 班级/宿舍是否在调用者范围内 */
export function unitInScope(caller: Caller, kind: 'class' | 'dorm', unit: { _id: string; stationId: string }): boolean {
  const s = scopeOf(caller.assignment)
  switch (s.kind) {
    case 'class':
      return kind === 'class' && unit.stationId === s.stationId && s.classIds.includes(unit._id)
    case 'dorm':
      return kind === 'dorm' && unit.stationId === s.stationId && s.dormIds.includes(unit._id)
    case 'counselor':
      return unit.stationId === s.stationId && (kind === 'class' ? s.classIds : s.dormIds).includes(unit._id)
    case 'station':
      return unit.stationId === s.stationId
    case 'center':
      return false
  }
}

/** 站点是否在调用者范围内（center 可见全部站点的汇总） */
export function stationInScope(caller: Caller, stationId: string): boolean {
  const s = scopeOf(caller.assignment)
  if (s.kind === 'center') return true
  return s.stationId === stationId
}

/**
 * 调用者要看的辅导站：站长省略 stationId 即本站（给了别站 → NOT_FOUND）；中心必须指定；其他站内角色为本站。
 * 站点不存在 → NOT_FOUND。
 */
export async function loadStationInScope(database: Database, caller: Caller, stationId: string | undefined): Promise<StationDoc> {
  const scope = scopeOf(caller.assignment)
  let id = stationId
  if (scope.kind === 'center') {
    if (!id) throw invalidField('stationId', '请指定辅导站')
  } else {
    if (id && id !== scope.stationId) throw notFound()
    id = scope.stationId
  }
  const station = await getById<StationDoc>(database, COLLECTIONS.stations, id as string)
  if (!station) throw notFound()
  return station
}

/**
 * 存储里的文件谁能拿到临时链接：上传/生成它的本人；站点的文件另有本站站长（台账照片、附件）。
 * 其余一律当作不存在（NOT_FOUND）。
 */
export function fileReadable(caller: Caller, file: Pick<FileDoc, 'ownerId' | 'stationId' | 'status'>): boolean {
  if (file.status !== 'accepted') return false
  if (file.ownerId === caller.person._id) return true
  return caller.role === 'head' && !!file.stationId && stationInScope(caller, file.stationId)
}

/** 读取范围内的学生；不存在或越权一律 NOT_FOUND */
export async function loadStudentInScope(database: Database, caller: Caller, studentId: string): Promise<StudentDoc> {
  const res = await database.collection(COLLECTIONS.students).doc(studentId).get()
  const student = res.data[0] as StudentDoc | undefined
  if (!student || !studentInScope(caller, student)) throw notFound()
  return student
}

/** 班级或宿舍所在的集合 */
const unitCollection = (kind: 'class' | 'dorm'): string => (kind === 'class' ? COLLECTIONS.classes : COLLECTIONS.dorms)

/** 读取范围内的班级或宿舍；不存在或越权一律 NOT_FOUND */
export async function loadUnitInScope<T extends { _id: string; stationId: string }>(
  database: Database,
  caller: Caller,
  kind: 'class' | 'dorm',
  unitId: string,
): Promise<T> {
  const res = await database.collection(unitCollection(kind)).doc(unitId).get()
  const unit = res.data[0] as T | undefined
  if (!unit || !unitInScope(caller, kind, unit)) throw notFound()
  return unit
}

/**
 * 同 loadUnitInScope，但在同一次读取中带回该单位所在站点的全部学期（周报提交用：少一次数据库往返）。
 * 越权与不存在同样 NOT_FOUND；学期的选择由调用方用 _lib/term 的 requireCurrentTerm 完成。
 */
export async function loadUnitWithTermsInScope<T extends { _id: string; stationId: string }>(
  database: Database,
  caller: Caller,
  kind: 'class' | 'dorm',
  unitId: string,
): Promise<{ unit: T; terms: TermDoc[] }> {
  const row = await getWithLookups<T & { terms: TermDoc[] }>(database, unitCollection(kind), unitId, { terms: [COLLECTIONS.terms, 'stationId', 'stationId'] })
  if (!row || !unitInScope(caller, kind, row)) throw notFound()
  const { terms, ...unit } = row
  return { unit: unit as unknown as T, terms }
}

/**
 * 调用者可见的班级或宿舍的查询条件（站长：全站；辅导员：所带的；委员/观察员：本班/本宿舍）。
 * 返回 null 表示该类单位一个也看不到。
 */
export function unitScopeWhere(caller: Caller, kind: 'class' | 'dorm'): Record<string, unknown> | null {
  const s = scopeOf(caller.assignment)
  if (s.kind === 'center') return null
  if (s.kind === 'station') return { stationId: s.stationId }
  const ids = kind === 'class' ? s.classIds : s.dormIds
  return ids.length ? { stationId: s.stationId, _id: { $in: ids } } : null
}

/** 朋辈谈心列表的查询条件：范围内的；委员、观察员只看自己记录的。null = 无可见记录 */
export function peerTalkScopeFilter(caller: Caller): Record<string, unknown> | null {
  const scope = scopeFilter(caller)
  if (!scope) return null
  return caller.role === 'committee' || caller.role === 'observer' ? { ...scope, reporterId: caller.person._id } : scope
}

/** 邀请码的可见范围：站长看本站全部，辅导员只看自己发出的 */
export function inviteScopeFilter(caller: Caller): Record<string, unknown> {
  return caller.role === 'counselor' ? { stationId: caller.stationId, createdBy: caller.person._id } : { stationId: caller.stationId }
}

/** 邀请码是否在调用者范围内（同 inviteScopeFilter） */
export function inviteInScope(caller: Caller, inv: { stationId: string; createdBy: string }): boolean {
  return inv.stationId === caller.stationId && (caller.role !== 'counselor' || inv.createdBy === caller.person._id)
}

/** 被接替的任职是否在调用者范围内：须在本站；辅导员只能接替自己范围内的委员/观察员 */
export function successorInScope(caller: Caller, prev: Pick<RoleAssignmentDoc, 'role' | 'stationId' | 'classId' | 'dormId'>): boolean {
  if (prev.stationId !== caller.stationId) return false
  if (caller.role !== 'counselor') return true
  const unit = prev.role === 'committee' ? { kind: 'class' as const, id: prev.classId } : { kind: 'dorm' as const, id: prev.dormId }
  return !!unit.id && unitInScope(caller, unit.kind, { _id: unit.id, stationId: prev.stationId! })
}

/**
 * 给查询加上调用者范围条件（学生相关记录都带 stationId/classId/dormId 字段时可用）。
 * 返回 null 表示调用者无任何可见范围。
 */
export function scopeFilter(caller: Caller): Record<string, unknown> | null {
  const s = scopeOf(caller.assignment)
  switch (s.kind) {
    case 'class':
      return { stationId: s.stationId, classId: { $in: s.classIds } }
    case 'dorm':
      return { stationId: s.stationId, dormId: { $in: s.dormIds } }
    case 'counselor':
      return { stationId: s.stationId, $or: [{ classId: { $in: s.classIds } }, { dormId: { $in: s.dormIds } }] }
    case 'station':
      return { stationId: s.stationId }
    case 'center':
      return null
  }
}
