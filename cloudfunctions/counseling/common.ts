/**
 * counseling 云函数内部的数据读写小工具（不含任何范围判断：范围只在 _lib/access.ts）。
 */
import { shanghaiDate } from '../../domain/calendar'
import type { FollowUpTalk } from '../../domain/followup'
import type { ClassDoc, DormDoc, PersonDoc, StudentDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, getByIds } from '../_lib/dbops'
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

/** 每个学生的谈话事实：最近联系（最近一次谈话日期）与填了“下次跟进”的谈话（由 talks 推导） */
export interface TalkFacts {
  lastContact: Map<string, string>
  followUps: Map<string, FollowUpTalk[]>
}

type TalkFactRow = { studentId: string; date: string; followUpDate?: string; createdAt: Date }

/** 由读出的谈话推导谈话事实（纯函数；rows 的顺序不影响结果） */
export function talkFactsOf(rows: readonly TalkFactRow[], facts: TalkFacts = { lastContact: new Map(), followUps: new Map() }): TalkFacts {
  for (const r of rows) {
    const prev = facts.lastContact.get(r.studentId)
    if (!prev || r.date > prev) facts.lastContact.set(r.studentId, r.date)
    if (r.followUpDate) facts.followUps.set(r.studentId, [...(facts.followUps.get(r.studentId) ?? []), { followUpDate: r.followUpDate, createdAt: r.createdAt }])
  }
  return facts
}

export async function talkFactsByStudent(db: Database, stationId: string | null, studentIds: string[]): Promise<TalkFacts> {
  const facts: TalkFacts = { lastContact: new Map(), followUps: new Map() }
  const uniq = [...new Set(studentIds)]
  for (let i = 0; i < uniq.length; i += 500) {
    const chunk = uniq.slice(i, i + 500)
    const where: Record<string, unknown> = { studentId: { $in: chunk } }
    if (stationId) where.stationId = stationId
    const rows = await fetchAll<TalkFactRow>(
      db.collection(COLLECTIONS.talks).where(where).field({ studentId: true, date: true, followUpDate: true, createdAt: true }) as never,
      50_000,
    )
    talkFactsOf(rows, facts)
  }
  return facts
}

/** 每个学生最近一次谈话日期（最近联系，由 talks 推导） */
export async function lastContactByStudent(db: Database, stationId: string | null, studentIds: string[]): Promise<Map<string, string>> {
  return (await talkFactsByStudent(db, stationId, studentIds)).lastContact
}
