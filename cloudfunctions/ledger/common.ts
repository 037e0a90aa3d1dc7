/**
 * ledger 云函数内部的小工具（不含范围判断：范围只在 _lib/access.ts）。
 */
import { randomBytes } from 'crypto'
import type { ClassDoc, DormDoc, PersonDoc, StudentDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { getByIds } from '../_lib/dbops'
import type { Database } from '../_lib/sdk'

export { unwrap, getById, fetchAll, getByIds, insertOnce, insertOrGet, updateWhere } from '../_lib/dbops'

export const loadClasses = (db: Database, ids: string[]) => getByIds<ClassDoc>(db, COLLECTIONS.classes, ids)
export const loadDorms = (db: Database, ids: string[]) => getByIds<DormDoc>(db, COLLECTIONS.dorms, ids)
export const loadStudents = (db: Database, ids: string[]) => getByIds<StudentDoc>(db, COLLECTIONS.students, ids)
export const loadPeople = (db: Database, ids: string[]) => getByIds<PersonDoc>(db, COLLECTIONS.people, ids)

/** 时刻转 ISO 字符串（SDK 读回的可能已是字符串） */
export function iso(d: Date | string | undefined | null): string {
  if (!d) return ''
  return (d instanceof Date ? d : new Date(d)).toISOString()
}

/** 随机 id（先校验后写入） */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(5).toString('hex')}`
}

export const secret = (): string => randomBytes(24).toString('hex')
