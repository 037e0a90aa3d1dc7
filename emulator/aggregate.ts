import { aggregate } from 'mingo'
import { Doc, decode } from './codec'
import { MINGO_OPTS, compileQuery } from './engine'
import { ERR, dbError, toDbError } from './errors'
import type { Store } from './store'
import { indexableEq } from './eqindex'

/** 没有 $limit 阶段时平台只返回 20 条 */
export const AGGREGATE_DEFAULT_LIMIT = 20

const FORBIDDEN = new Set(['$out', '$merge', '$unionWith', '$geoNear', '$currentOp', '$collStats', '$indexStats', '$listSessions'])
/** 这些阶段不会改写输入文档，可直接用缓存中的对象 */
const NON_MUTATING = new Set(['$match', '$group', '$sort', '$skip', '$limit', '$count', '$sortByCount', '$bucket', '$bucketAuto', '$sample'])

function parseStages(stages: unknown, now: Date): Doc[] {
  if (!Array.isArray(stages)) throw dbError(ERR.INVALID_PARAM, 'stages must be an array')
  return stages.map((s: Doc) => {
    const key = s?.stageKey
    if (typeof key !== 'string' || !key.startsWith('$')) throw dbError(ERR.INVALID_PARAM, 'stageKey must be a $stage name')
    if (FORBIDDEN.has(key)) throw dbError(ERR.REQUEST_FAILED, `aggregation stage ${key} is not supported`)
    return { [key]: decode(s.stageValue, now, `${key} stageValue`) }
  })
}

/** $lookup 的 from 换成该集合的文档数组（嵌套 pipeline 递归处理） */
function resolveLookups(store: Store, pipeline: Doc[]): Doc[] {
  return pipeline.map((stage) => {
    if (!stage.$lookup) return stage
    const spec = { ...stage.$lookup }
    if (typeof spec.from !== 'string') throw dbError(ERR.INVALID_PARAM, '$lookup.from must be a collection name')
    spec.from = [...store.coll(spec.from).docs.values()].map((e) => structuredClone(e.doc))
    if (Array.isArray(spec.pipeline)) spec.pipeline = resolveLookups(store, spec.pipeline)
    return { $lookup: spec }
  })
}

export function runAggregate(store: Store, coll: string, stages: unknown, now: Date): Doc[] {
  let pipeline = parseStages(stages, now)
  if (!pipeline.some((s) => '$limit' in s)) pipeline.push({ $limit: AGGREGATE_DEFAULT_LIMIT })
  pipeline = resolveLookups(store, pipeline)

  // 开头的 $match 先用索引/扫描过滤，减少后续处理量
  const c = store.coll(coll)
  let docs: Doc[]
  const first = pipeline[0]
  if (first && '$match' in first && first.$match && typeof first.$match === 'object') {
    const test = compileQuery(first.$match)
    const eq = c.docs.size >= 1000 ? indexableEq(first.$match) : null
    if (eq) {
      if (!c.index.has(eq[0])) c.index.build(eq[0], c.docs)
      const ids = [...(c.index.candidates(eq[0], eq[1]) ?? [])]
      docs = ids.map((id) => c.docs.get(id)!).filter(Boolean).sort((a, b) => a.seq - b.seq).map((e) => e.doc).filter(test)
    } else {
      docs = []
      for (const e of c.docs.values()) if (test(e.doc)) docs.push(e.doc)
    }
    pipeline = pipeline.slice(1)
  } else {
    docs = [...c.docs.values()].map((e) => e.doc)
  }
  if (!pipeline.every((s) => NON_MUTATING.has(Object.keys(s)[0]))) docs = docs.map((d) => structuredClone(d))
  try {
    return aggregate(docs, pipeline, MINGO_OPTS) as Doc[]
  } catch (e) {
    throw toDbError(e)
  }
}
