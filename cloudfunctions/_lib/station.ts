/**
 * 站点连同其学期、班级、宿舍：一次聚合（stations → $lookup），请求数不随单位数增长
 * （普通查询每 1000 条一页，1,500 间宿舍就要两页）。读动作需要站点的整张单位表时用它。
 */
import type { ClassDoc, DormDoc, TermDoc } from '../../types/models'
import { COLLECTIONS } from './collections'
import { unwrap } from './dbops'
import type { Database } from './sdk'

export interface StationParts {
  terms: TermDoc[]
  classes: ClassDoc[]
  dorms: DormDoc[]
}

const FROM = { terms: COLLECTIONS.terms, classes: COLLECTIONS.classes, dorms: COLLECTIONS.dorms } as const

/** 读出站点的 parts（未要的为空数组；站点不存在时全为空） */
export async function loadStationParts(database: Database, stationId: string, parts: Array<keyof StationParts>): Promise<StationParts> {
  let agg = database.collection(COLLECTIONS.stations).aggregate().match({ _id: stationId }).limit(1)
  for (const p of parts) agg = agg.lookup({ from: FROM[p], localField: '_id', foreignField: 'stationId', as: p })
  const row = (unwrap(await agg.end()).data as Array<Partial<StationParts>>)[0] ?? {}
  return { terms: row.terms ?? [], classes: row.classes ?? [], dorms: row.dorms ?? [] }
}
