/**
 * 数据库写入与分页的小工具：把 SDK 以 { code, message } 返回的错误转成异常，
 * 并提供“按确定性 _id 插入一次”“条件更新返回命中数”“分页取全”三种常用操作。
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

/** 分页取全部（每页 1000，最多 max 条），不假设一次 get() 能返回全部 */
export async function fetchAll<T>(query: Query, max = 20_000): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; skip < max; skip += 1000) {
    const res = unwrap(await query.skip(skip).limit(Math.min(1000, max - skip)).get())
    const rows = res.data as T[]
    out.push(...rows)
    if (rows.length < 1000) break
  }
  return out
}

/** 按 _id 批量读取（每批 500 个 id） */
export async function getByIds<T extends { _id: string }>(database: Database, collection: string, ids: string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids)]
  const map = new Map<string, T>()
  const _ = database.command
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500)
    const rows = await fetchAll<T>(database.collection(collection).where({ _id: _.in(chunk) }))
    for (const r of rows) map.set(r._id, r)
  }
  return map
}
