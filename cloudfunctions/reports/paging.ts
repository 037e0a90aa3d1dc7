/**
 * 分页读取：聚合管道每页显式 $limit（平台不给 $limit 时只返回 20 条），按唯一键排序后 $skip 翻页；
 * 普通查询每页 1000 条（平台上限）。一页不满即停止，不多发请求。
 */
import { unwrap } from '../_lib/dbops'
import type { Database } from '../_lib/sdk'

export const PAGE = 1000

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

/** 普通查询分页（按 _id 排序保证翻页稳定），可带投影 */
export async function getAll<T>(
  database: Database,
  collection: string,
  where: Record<string, unknown>,
  field?: Record<string, boolean>,
  max = 100_000,
): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; skip < max; skip += PAGE) {
    let q = database.collection(collection).where(where)
    if (field) q = q.field(field)
    const res = unwrap(await q.orderBy('_id', 'asc').skip(skip).limit(PAGE).get())
    const rows = res.data as T[]
    out.push(...rows)
    if (rows.length < PAGE) break
  }
  return out
}
