/**
 * 各函数共用的文档小工具（不含范围判断：范围只在 _lib/access）：按 id 批量读常用文档、SDK 读回的时刻转 ISO、先校验后写入用的随机 id。
 */
import { randomBytes } from 'crypto'
import type { ClassDoc, DormDoc, PersonDoc, StudentDoc } from '../../types/models'
import { COLLECTIONS } from './collections'
import { getByIds } from './dbops'
import type { Database } from './sdk'

export const loadClasses = (db: Database, ids: string[]) => getByIds<ClassDoc>(db, COLLECTIONS.classes, ids)
export const loadDorms = (db: Database, ids: string[]) => getByIds<DormDoc>(db, COLLECTIONS.dorms, ids)
export const loadStudents = (db: Database, ids: string[]) => getByIds<StudentDoc>(db, COLLECTIONS.students, ids)
export const loadPeople = (db: Database, ids: string[]) => getByIds<PersonDoc>(db, COLLECTIONS.people, ids)

/** 时刻转 ISO 字符串（SDK 读回的可能已是字符串）；空为 '' */
export function iso(d: Date | string | undefined | null): string {
  if (!d) return ''
  return (d instanceof Date ? d : new Date(d)).toISOString()
}
export function isoOpt(d: Date | string | undefined | null): string | undefined {
  return d ? iso(d) : undefined
}

/** 随机 id（不依赖数据库自动生成，便于先校验后写入、在事务里 add） */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(5).toString('hex')}`
}
