/**
 * 访问控制（续）：转介到校心理中心的个案与谈话记录的可见范围。从 _lib/access 导出。
 */
import type { ClassDoc, DormDoc, StudentDoc } from '../../../types/models'
import type { KeyCareDoc } from '../../../types/models-counseling'
import { COLLECTIONS } from '../collections'
import { getWithLookups } from '../dbops'
import { notFound } from '../errors'
import type { Database } from '../sdk'
import { loadStudentInScope, scopeFilter, scopeOf, studentInScope, type Caller } from './scope'

// ---------- 转介个案（校心理中心）与谈话记录 ----------

/** 重点关注条目中“已转介到校心理中心”的条件：转介到中心后一直可见（之后解除或改转医院也保留，便于反馈与回溯） */
export const CENTER_CASE_WHERE = { centerReferredAt: { $exists: true } } as const

/** 学生是否为转介到校心理中心的个案（center 只能看到这些学生的个案与谈话记录） */
export async function isCenterCase(database: Database, studentId: string): Promise<boolean> {
  const res = await database.collection(COLLECTIONS.keyCare).where({ studentId, ...CENTER_CASE_WHERE }).limit(1).get()
  return ((res.data as unknown[] | undefined) ?? []).length > 0
}

/** 读取学生：范围内的学生；center 仅限已转介到中心的个案。否则 NOT_FOUND */
export async function loadStudentForCase(database: Database, caller: Caller, studentId: string): Promise<StudentDoc> {
  if (scopeOf(caller.assignment).kind !== 'center') return loadStudentInScope(database, caller, studentId)
  const res = await database.collection(COLLECTIONS.students).doc(studentId).get()
  const student = res.data[0] as StudentDoc | undefined
  if (!student || !(await isCenterCase(database, studentId))) throw notFound()
  return student
}

/**
 * 谈话记录可读范围：记录人本人（且学生仍在其范围内）、本站站长、center（仅转介到中心的个案）。
 * 其他辅导员、学生骨干一律不可见。
 */
export async function talkReadable(
  database: Database,
  caller: Caller,
  talk: Pick<StudentDoc, 'stationId' | 'classId' | 'dormId'> & { authorId: string; studentId: string },
): Promise<boolean> {
  const center = scopeOf(caller.assignment).kind === 'center' && (await isCenterCase(database, talk.studentId))
  return talkVisible(caller, talk, center)
}

/** 同上（纯函数）：centerCase 为该生是否为转介到中心的个案（调用方已读出） */
export function talkVisible(
  caller: Caller,
  talk: Pick<StudentDoc, 'stationId' | 'classId' | 'dormId'> & { authorId: string },
  centerCase: boolean,
): boolean {
  const s = scopeOf(caller.assignment)
  if (s.kind === 'center') return centerCase
  if (s.kind === 'station') return talk.stationId === s.stationId
  if (s.kind === 'counselor') return talk.authorId === caller.person._id && studentInScope(caller, talk)
  return false
}

/** 条目是否为转介到校心理中心的个案（与 CENTER_CASE_WHERE 同一条件） */
export const isCenterEntry = (e: Pick<KeyCareDoc, 'centerReferredAt'>): boolean => e.centerReferredAt !== undefined && e.centerReferredAt !== null

/** 一名学生的个案：学生、班级、宿舍、该生的全部重点关注条目，以及是否为转介到中心的个案 */
export interface StudentCase {
  student: StudentDoc
  cls?: ClassDoc
  dorm?: DormDoc
  keyCare: KeyCareDoc[]
  centerCase: boolean
}

/** 读取学生个案（一次聚合）：范围内的学生；center 仅限已转介到中心的个案。否则 NOT_FOUND */
export async function loadStudentCase(database: Database, caller: Caller, studentId: string): Promise<StudentCase> {
  const row = await getWithLookups<StudentDoc & { classes: ClassDoc[]; dorms: DormDoc[]; keyCare: KeyCareDoc[] }>(database, COLLECTIONS.students, studentId, {
    classes: [COLLECTIONS.classes, 'classId', '_id'],
    dorms: [COLLECTIONS.dorms, 'dormId', '_id'],
    keyCare: [COLLECTIONS.keyCare, '_id', 'studentId'],
  })
  if (!row) throw notFound()
  const { classes, dorms, keyCare, ...student } = row
  const centerCase = keyCare.some(isCenterEntry)
  const visible = scopeOf(caller.assignment).kind === 'center' ? centerCase : studentInScope(caller, student)
  if (!visible) throw notFound()
  return { student, cls: classes[0], dorm: dorms[0], keyCare: [...keyCare].sort((a, b) => (a._id < b._id ? -1 : 1)), centerCase }
}

/**
 * 谈话记录列表的查询条件（center 传入其可见的转介学生 id）。返回 null 表示无可见记录。
 */
export function talkScopeFilter(caller: Caller, centerStudentIds: string[] = []): Record<string, unknown> | null {
  const s = scopeOf(caller.assignment)
  if (s.kind === 'center') return centerStudentIds.length ? { studentId: { $in: centerStudentIds } } : null
  if (s.kind === 'station') return { stationId: s.stationId }
  if (s.kind === 'counselor') return { ...scopeFilter(caller), authorId: caller.person._id }
  return null
}
