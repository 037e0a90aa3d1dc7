/** identity 函数内部共用：分页、批量读取、名称与范围说明。 */
import { randomBytes } from 'node:crypto'
import type { Role } from '../../types/domain'
import { ROLE_LABELS } from '../../types/domain'
import type { AssignmentView, Paged } from '../../types/api/identity'
import type { ClassDoc, DormDoc, RoleAssignmentDoc, StationDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { AppError } from '../_lib/errors'
import type { Database } from '../_lib/sdk'

export const iso = (d: Date | string | null | undefined): string | undefined =>
  d ? new Date(d).toISOString() : undefined

/** SDK 出错时返回 { code } 而不抛异常：统一转成 INTERNAL */
export function check<T>(res: T): T {
  const r = res as { code?: unknown; message?: unknown }
  if (r && typeof r === 'object' && r.code) {
    console.error('[identity] database error', r.code, r.message)
    throw new AppError('INTERNAL')
  }
  return res
}

type Where = Record<string, unknown>
const BATCH = 1000

/** 读取满足条件的全部文档（按 1000 分页，不依赖单次 get 返回全部） */
export async function fetchAll<T>(
  db: Database,
  collection: string,
  where: Where,
  opts: { field?: Record<string, boolean>; orderBy?: [string, 'asc' | 'desc'] } = {},
): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += BATCH) {
    let q = db.collection(collection).where(where)
    if (opts.field) q = q.field(opts.field)
    if (opts.orderBy) q = q.orderBy(opts.orderBy[0], opts.orderBy[1])
    const res = check(await q.skip(skip).limit(BATCH).get())
    out.push(...(res.data as T[]))
    if (res.data.length < BATCH) return out
  }
}

/** 一页数据 + 总数 */
export async function fetchPage<T>(
  db: Database,
  collection: string,
  where: Where,
  page: number,
  pageSize: number,
  orderBy: [string, 'asc' | 'desc'],
): Promise<Paged<T>> {
  const [list, count] = await Promise.all([
    db.collection(collection).where(where).orderBy(orderBy[0], orderBy[1]).skip((page - 1) * pageSize).limit(pageSize).get(),
    db.collection(collection).where(where).count(),
  ])
  check(list)
  check(count)
  return { items: list.data as T[], total: (count as { total: number }).total, page, pageSize }
}

/** 内存分页 */
export function pageOf<T>(all: T[], page: number, pageSize: number): Paged<T> {
  return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize }
}

/** 按 id 批量读取（每批 100 个 id） */
export async function fetchByIds<T extends { _id: string }>(db: Database, collection: string, ids: string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids.filter(Boolean))]
  const map = new Map<string, T>()
  for (let i = 0; i < unique.length; i += 100) {
    const chunk = unique.slice(i, i + 100)
    const docs = await fetchAll<T>(db, collection, { _id: { $in: chunk } })
    for (const d of docs) map.set(d._id, d)
  }
  return map
}

/** 正则转义：搜索词按字面匹配 */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** 生成文档 id（24 位十六进制） */
export function newId(): string {
  return randomBytes(12).toString('hex')
}

export interface NameBook {
  stations: Map<string, StationDoc>
  classes: Map<string, ClassDoc>
  dorms: Map<string, DormDoc>
}

type ScopeFields = Pick<RoleAssignmentDoc, 'role' | 'stationId' | 'classId' | 'dormId' | 'classIds' | 'dormIds'>

/** 读取任职涉及的站点、班级、宿舍名称 */
export async function loadNames(db: Database, list: ScopeFields[]): Promise<NameBook> {
  const stationIds = list.map((a) => a.stationId).filter((x): x is string => !!x)
  const classIds = list.flatMap((a) => [a.classId ?? '', ...(a.classIds ?? [])])
  const dormIds = list.flatMap((a) => [a.dormId ?? '', ...(a.dormIds ?? [])])
  const [stations, classes, dorms] = await Promise.all([
    fetchByIds<StationDoc>(db, COLLECTIONS.stations, stationIds),
    fetchByIds<ClassDoc>(db, COLLECTIONS.classes, classIds),
    fetchByIds<DormDoc>(db, COLLECTIONS.dorms, dormIds),
  ])
  return { stations, classes, dorms }
}

function listLabel(names: string[], unit: string): string {
  if (names.length === 0) return ''
  if (names.length <= 2) return names.join('、')
  return `${names.slice(0, 2).join('、')}等${names.length}${unit}`
}

/** 范围的中文说明 */
export function scopeLabel(a: ScopeFields, book: NameBook): string {
  const station = a.stationId ? book.stations.get(a.stationId)?.name ?? '' : ''
  switch (a.role) {
    case 'committee':
      return book.classes.get(a.classId ?? '')?.name ?? '（班级已删除）'
    case 'observer':
      return book.dorms.get(a.dormId ?? '')?.name ?? '（宿舍已删除）'
    case 'counselor': {
      const c = listLabel((a.classIds ?? []).map((x) => book.classes.get(x)?.name ?? '').filter(Boolean), '个班级')
      const d = listLabel((a.dormIds ?? []).map((x) => book.dorms.get(x)?.name ?? '').filter(Boolean), '间宿舍')
      return [c, d].filter(Boolean).join('；') || '未分配班级与宿舍'
    }
    case 'head':
      return station
    case 'center':
      return '全校'
  }
}

export function assignmentView(a: RoleAssignmentDoc, book: NameBook): AssignmentView {
  return {
    _id: a._id,
    role: a.role,
    stationId: a.stationId,
    stationName: a.stationId ? book.stations.get(a.stationId)?.name ?? '' : ROLE_LABELS.center,
    scopeLabel: scopeLabel(a, book),
    termStart: iso(a.termStart)!,
    termEnd: iso(a.termEnd) ?? null,
  }
}

export const roleLabel = (r: Role | string): string => (ROLE_LABELS as Record<string, string>)[r] ?? r

/** 事务内可用的集合引用（与 db.collection 同型） */
export interface Tx {
  collection: Database['collection']
}

/** 类型化的 db.runTransaction：回调抛出即回滚；冲突时由 SDK 重试 */
export async function runTx<R>(db: Database, fn: (t: Tx) => Promise<R>): Promise<R> {
  return (await db.runTransaction(fn)) as R
}
