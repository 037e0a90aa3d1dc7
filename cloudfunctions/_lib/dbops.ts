/**
 * 云函数的数据库小工具（所有函数只用这一处）：
 * - unwrap：SDK 以 { code, message } 返回的错误转成异常（由 createMain 答复 INTERNAL）；
 * - 读：getById / getByIds、fetchAll（已建好的查询）与 getAll（集合 + 条件）分页取全、fetchPage / pageOf 一页；
 *   aggregateAll 聚合分页、runPipeline 以阶段数组发出管道、readAlongside 一次请求读出若干小结果（计数、单条、短列表）；
 * - 写：insertOnce / insertOrGet（确定性 _id）、updateWhere（条件更新返回命中数）、runTx（事务）与 txGet / txCheck。
 *
 * 分页一律有序且稳定：普通查询每页 1000 条（平台上限），在调用者的排序之后再按 _id 排序，翻页既不跳也不重；
 * 聚合每页显式 $limit（平台不给 $limit 时只返回 20 条），stages 末尾须有按唯一键的 $sort。一页不满即停止。
 */
import type { Database } from './sdk'

type Collection = ReturnType<Database['collection']>
type Query = ReturnType<Collection['where']>

interface MaybeError {
  code?: string
  message?: string
}

/** SDK 返回了错误码则抛出 */
export function unwrap<T>(res: T): T {
  const r = res as unknown as MaybeError
  if (r && typeof r === 'object' && r.code) throw new Error(`[db] ${r.code} ${r.message ?? ''}`)
  return res
}

/** 按 _id 读一条；不存在为 null */
export async function getById<T>(database: Database, collection: string, id: string): Promise<T | null> {
  const res = unwrap(await database.collection(collection).doc(id).get())
  return ((res.data as T[])[0] ?? null) as T | null
}

/**
 * 以确定性 _id 插入；该 _id 已存在时不写入并返回 false。
 * 插入失败且记录也不存在时抛出（真正的数据库错误）。
 */
export async function insertOnce(database: Database, collection: string, doc: { _id: string } & object): Promise<boolean> {
  let failed: unknown = null
  try {
    const res = (await database.collection(collection).add(doc)) as MaybeError
    if (!res?.code) return true
    failed = res
  } catch (err) {
    failed = err
  }
  const existing = await getById(database, collection, doc._id)
  if (existing) return false
  throw failed instanceof Error ? failed : new Error(`[db] insert failed: ${JSON.stringify(failed)}`)
}

/**
 * 以确定性 _id 插入；已存在时返回现有记录（一次失败的插入 + 一次读取）。
 * 适合“多数情况下是新记录”的写入路径，省去事先读取。
 */
export async function insertOrGet<T extends { _id: string }>(
  database: Database,
  collection: string,
  doc: T,
): Promise<{ inserted: true } | { inserted: false; existing: T }> {
  let failed: unknown = null
  try {
    const res = (await database.collection(collection).add(doc)) as MaybeError
    if (!res?.code) return { inserted: true }
    failed = res
  } catch (err) {
    failed = err
  }
  const existing = await getById<T>(database, collection, doc._id)
  if (existing) return { inserted: false, existing }
  throw failed instanceof Error ? failed : new Error(`[db] insert failed: ${JSON.stringify(failed)}`)
}

/** 条件更新：返回命中并更新的条数（用于乐观并发与“只做一次”的状态迁移） */
export async function updateWhere(
  database: Database,
  collection: string,
  where: Record<string, unknown>,
  data: Record<string, unknown>,
): Promise<number> {
  const res = unwrap(await database.collection(collection).where(where).update(data)) as { updated?: number }
  return res.updated ?? 0
}

/** 普通查询一页的条数（平台上限） */
export const PAGE = 1000

/**
 * 分页取全部（每页 1000，最多 max 条），不假设一次 get() 能返回全部。
 * 在查询已有的排序之后按 _id 排序，翻页稳定（不跳、不重）。
 */
export async function fetchAll<T>(query: Query, max = 100_000): Promise<T[]> {
  const out: T[] = []
  const ordered = query.orderBy('_id', 'asc')
  for (let skip = 0; skip < max; skip += PAGE) {
    const res = unwrap(await ordered.skip(skip).limit(Math.min(PAGE, max - skip)).get())
    const rows = res.data as T[]
    out.push(...rows)
    if (rows.length < PAGE) break
  }
  return out
}

export interface ReadOptions {
  /** 投影 */
  field?: Record<string, boolean>
  /** 主排序（_id 总是最后的排序键） */
  orderBy?: [string, 'asc' | 'desc']
  max?: number
}

/** 集合中满足条件的全部文档（见 fetchAll） */
export async function getAll<T>(database: Database, collection: string, where: Record<string, unknown>, opts: ReadOptions = {}): Promise<T[]> {
  let q = database.collection(collection).where(where)
  if (opts.field) q = q.field(opts.field)
  if (opts.orderBy) q = q.orderBy(opts.orderBy[0], opts.orderBy[1])
  return fetchAll<T>(q, opts.max)
}

/** 一页数据与总数（page 从 1 开始；按 orderBy、再按 _id 排序） */
export interface PageOf<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

/** 数据库分页：一页与总数两个请求并发 */
export async function fetchPage<T>(
  database: Database,
  collection: string,
  where: Record<string, unknown>,
  page: number,
  pageSize: number,
  orderBy: [string, 'asc' | 'desc'],
): Promise<PageOf<T>> {
  const [list, count] = await Promise.all([
    database.collection(collection).where(where).orderBy(orderBy[0], orderBy[1]).orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get(),
    database.collection(collection).where(where).count(),
  ])
  unwrap(list)
  unwrap(count)
  return { items: list.data as T[], total: (count as { total: number }).total, page, pageSize }
}

/** 内存分页（已读出并排好序的全部） */
export function pageOf<T>(all: T[], page: number, pageSize: number): PageOf<T> {
  return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize }
}

/** 按 _id 批量读取（每批 500 个 id；空 id 忽略，没有 id 时不发请求） */
export async function getByIds<T extends { _id: string }>(database: Database, collection: string, ids: string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids.filter(Boolean))]
  const map = new Map<string, T>()
  const _ = database.command
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500)
    const rows = await fetchAll<T>(database.collection(collection).where({ _id: _.in(chunk) }))
    for (const r of rows) map.set(r._id, r)
  }
  return map
}

type Stage = Record<string, unknown>

/** 以 SDK 的链式接口发出管道（{ $match: … } → .match(…)；$match 经 SDK 的查询序列化，可用普通 $ 运算符） */
export function runPipeline(database: Database, collection: string, stages: Stage[]): Promise<unknown> {
  let agg = database.collection(collection).aggregate() as unknown as Record<string, (v: unknown) => unknown> & { end(): Promise<unknown> }
  for (const stage of stages) {
    const [key] = Object.keys(stage)
    const method = key.slice(1)
    if (typeof agg[method] !== 'function') throw new Error(`unsupported aggregation stage ${key}`)
    agg = agg[method](stage[key]) as typeof agg
  }
  return agg.end()
}

/**
 * 按 _id 读一条，并以 $lookup 一次带出详情页要的关联文档；不存在为 null。
 * lookups：输出字段 → [集合, 本文档的字段, 关联集合的字段]。
 */
export async function getWithLookups<T>(
  database: Database,
  collection: string,
  id: string,
  lookups: Record<string, readonly [from: string, localField: string, foreignField: string]>,
): Promise<T | null> {
  const stages: Stage[] = [{ $match: { _id: id } }, { $limit: 1 }]
  for (const [as, [from, localField, foreignField]] of Object.entries(lookups)) stages.push({ $lookup: { from, localField, foreignField, as } })
  const res = unwrap(await runPipeline(database, collection, stages)) as { data?: T[] }
  return res.data?.[0] ?? null
}

/** 聚合分页：stages 末尾必须有按唯一键的 $sort */
export async function aggregateAll<T>(database: Database, collection: string, stages: Stage[], max = 100_000): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; skip < max; skip += PAGE) {
    const pipeline = skip > 0 ? [...stages, { $skip: skip }, { $limit: PAGE }] : [...stages, { $limit: PAGE }]
    const res = unwrap(await runPipeline(database, collection, pipeline)) as { data?: T[] }
    const rows = res.data ?? []
    out.push(...rows)
    if (rows.length < PAGE) break
  }
  return out
}

/** readAlongside 的一项：对 from 集合的一条子管道（不引用锚文档的字段） */
export interface SidePart {
  from: string
  pipeline: Stage[]
}

/** 计数项：满足 where 的文档数（结果用 countOf 读出） */
export const countPart = (from: string, where: Record<string, unknown>): SidePart => ({ from, pipeline: [{ $match: where }, { $count: 'n' }] })

/** 计数项的结果（没有文档时平台的 $count 不出行） */
export const countOf = (rows: readonly unknown[]): number => (rows[0] as { n?: number } | undefined)?.n ?? 0

/**
 * 一次请求读出若干彼此无关的小结果：以一个已知存在的文档（如本站的 stations 文档）为锚，
 * 每项是一个 $lookup（let/pipeline 形式，不带关联变量），结果是该项子管道输出的数组。
 * 子管道里的条件用普通 $ 运算符（不经 db.command）；列表项须自带 $sort 与 $limit，计数用 countPart。
 * 为 null 的项不读（结果为空数组）；锚文档不存在时各项都是空数组。请求数恒为 1（全部项为 null 时为 0），不随各集合的大小增长。
 */
export async function readAlongside<K extends string>(
  database: Database,
  anchor: { collection: string; id: string },
  parts: Record<K, SidePart | null>,
): Promise<Record<K, unknown[]>> {
  const all = Object.keys(parts) as K[]
  const keys = all.filter((k) => parts[k])
  if (keys.length === 0) return Object.fromEntries(all.map((k) => [k, [] as unknown[]])) as Record<K, unknown[]>
  const stages: Stage[] = [{ $match: { _id: anchor.id } }, { $limit: 1 }]
  for (const k of keys) stages.push({ $lookup: { from: parts[k]!.from, pipeline: parts[k]!.pipeline, as: k } })
  stages.push({ $project: Object.fromEntries(keys.map((k) => [k, 1])) })
  const row = ((unwrap(await runPipeline(database, anchor.collection, stages)) as { data?: Array<Record<string, unknown[]>> }).data ?? [])[0]
  return Object.fromEntries(all.map((k) => [k, row?.[k] ?? []])) as Record<K, unknown[]>
}

/** 事务句柄（SDK 的事务对象只支持按 _id 的 doc 读写与 add） */
export interface Tx {
  collection(name: string): ReturnType<Database['collection']>
}

/** 类型化的 runTransaction：回调抛错即整体回滚并原样抛出；冲突时由 SDK 重试 */
export function runTx<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return (database.runTransaction as (cb: (tx: Tx) => Promise<T>) => Promise<T>)(fn)
}

/** 事务内按 _id 读一条；不存在为 null */
export async function txGet<T>(tx: Tx, collection: string, id: string): Promise<T | null> {
  const res = (await tx.collection(collection).doc(id).get()) as { data?: T | null; code?: string }
  if (res.code) throw new Error(`[db] ${res.code}`)
  return res.data ?? null
}

/** 事务内写入的结果检查 */
export async function txCheck(res: unknown): Promise<void> {
  unwrap(res)
}
