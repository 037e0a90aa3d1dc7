/**
 * bench:actions 的读动作表共用的类型与小工具：调用者的范围、负载函数、范围内的第一条记录。
 */
import type { Database } from '../cloudfunctions/_lib/sdk'

/** 调用者在本站点的范围（用来挑选范围内的目标） */
export interface Scope {
  stationId: string
  classId?: string
  dormId?: string
  /** 调用者本人（people._id） */
  personId?: string
  /** 辅导员所带的全部班级 */
  classIds?: string[]
  /** 学校中心：一名已转介学生（中心只看转介到中心的个案）；其他角色为 undefined */
  referred?: string
}

export type Payload = (db: Database, s: Scope, now: Date) => Promise<unknown | null>

export const first = async (db: Database, coll: string, where: Record<string, unknown>): Promise<any | null> =>
  ((await db.collection(coll).where(where).orderBy('_id', 'asc').limit(1).get()).data as unknown[])[0] ?? null
/** 负载：范围内第一条这样的记录（没有则 null），默认取它的 _id 为 { id } */
export const firstOf = (coll: string, where: (s: Scope, db: Database, now: Date) => Record<string, unknown>, payload: (doc: any, s: Scope) => unknown = (d) => ({ id: d._id })): Payload =>
  async (db, s, now) => {
    const doc = await first(db, coll, where(s, db, now))
    return doc ? payload(doc, s) : null
  }
export const unitWhere = (s: Scope, db?: Database): Record<string, unknown> =>
  db && s.classIds?.length ? { stationId: s.stationId, classId: db.command.in(s.classIds) } : s.classId ? { stationId: s.stationId, classId: s.classId } : s.dormId ? { stationId: s.stationId, dormId: s.dormId } : { stationId: s.stationId }

export interface ReadSpec {
  /** 该动作是否直接为某个页面取数（预算 BUDGET 只约束这些） */
  screen: boolean
  /** 报表生成器：有自己的压测与预算（npm run bench:monthly / bench:binder），这里只打印，不判预算与增长 */
  ownBudget?: 'bench:monthly' | 'bench:binder'
  /** 负载；null = 该角色在此站点没有可读的目标（表中为 —） */
  payload: Payload
}

