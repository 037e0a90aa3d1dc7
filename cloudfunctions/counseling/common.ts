/**
 * counseling 云函数内部的数据读写小工具（不含任何范围判断：范围只在 _lib/access.ts）。
 */
import { shanghaiDate } from '../../domain/calendar'
import type { ClassDoc, DormDoc, PersonDoc, StudentDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { getByIds } from '../_lib/dbops'
import type { Database } from '../_lib/sdk'

export { unwrap as must, getById as getDoc, fetchAll, getByIds, insertOnce, updateWhere } from '../_lib/dbops'

export const loadClasses = (db: Database, ids: string[]) => getByIds<ClassDoc>(db, COLLECTIONS.classes, ids)
export const loadDorms = (db: Database, ids: string[]) => getByIds<DormDoc>(db, COLLECTIONS.dorms, ids)
export const loadStudents = (db: Database, ids: string[]) => getByIds<StudentDoc>(db, COLLECTIONS.students, ids)
export const loadPeople = (db: Database, ids: string[]) => getByIds<PersonDoc>(db, COLLECTIONS.people, ids)

/** 时刻转 ISO 字符串（SDK 读回的可能已是字符串） */
export function iso(d: Date | string | undefined | null): string {
  if (!d) return ''
  return (d instanceof Date ? d : new Date(d)).toISOString()
}
export function isoOpt(d: Date | string | undefined | null): string | undefined {
  return d ? iso(d) : undefined
}

/** 北京时间的今天 */
export const todayOf = (now: Date): string => shanghaiDate(now)

/** 学生快照字段：写入每条学生相关记录 */
export function studentSnapshot(s: StudentDoc) {
  return { stationId: s.stationId, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId }
}

/** 由幂等键生成稳定 _id（同一人同一键 → 同一 id） */
export function idempotentId(prefix: string, personId: string, requestId: string): string {
  return `${prefix}:${personId}:${requestId}`.slice(0, 200)
}

/** 随机 id（不依赖数据库自动生成，便于先校验后写入） */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
}
