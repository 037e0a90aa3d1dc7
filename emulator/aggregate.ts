import { Aggregator, aggregate } from 'mingo'
import { Doc, decode } from './codec'
import { MINGO_OPTS, compileQuery } from './engine'
import { ERR, dbError, toDbError } from './errors'
import type { Coll, Store } from './store'
import { indexableEq } from './eqindex'

/** 没有 $limit 阶段时平台只返回 20 条 */
export const AGGREGATE_DEFAULT_LIMIT = 20

const FORBIDDEN = new Set(['$out', '$merge', '$unionWith', '$geoNear', '$currentOp', '$collStats', '$indexStats', '$listSessions'])
/** 这些阶段不会改写输入文档（$lookup 浅拷贝后加字段），可直接用缓存中的对象 */
const NON_MUTATING = new Set(['$match', '$lookup', '$group', '$sort', '$skip', '$limit', '$count', '$sortByCount', '$bucket', '$bucketAuto', '$sample'])

interface Stage {
  /** `{ $stage: value }` */
  stage: Doc
  /** 请求中的原文（`$stage` + EJSON），用作编译缓存的键 */
  text: string
}

function parseStages(stages: unknown, now: Date): Stage[] {
  if (!Array.isArray(stages)) throw dbError(ERR.INVALID_PARAM, 'stages must be an array')
  return stages.map((s: Doc) => {
    const key = s?.stageKey
    if (typeof key !== 'string' || !key.startsWith('$')) throw dbError(ERR.INVALID_PARAM, 'stageKey must be a $stage name')
    if (FORBIDDEN.has(key)) throw dbError(ERR.REQUEST_FAILED, `aggregation stage ${key} is not supported`)
    return { stage: { [key]: decode(s.stageValue, now, `${key} stageValue`) }, text: `${key}:${String(s.stageValue)}` }
  })
}

const cloneAll = (c: Coll): Doc[] => [...c.docs.values()].map((e) => structuredClone(e.doc))

function lookupSpec(stage: Doc): Doc {
  const spec = { ...stage.$lookup }
  if (typeof spec.from !== 'string') throw dbError(ERR.INVALID_PARAM, '$lookup.from must be a collection name')
  return spec
}

/** 嵌套 pipeline 里的 $lookup：from 换成整个集合（数量小，且只在 let/pipeline 形式中出现） */
function resolveNested(store: Store, pipeline: Doc[]): Doc[] {
  return pipeline.map((stage) => {
    if (!stage.$lookup) return stage
    const spec = lookupSpec(stage)
    spec.from = cloneAll(store.coll(spec.from))
    if (Array.isArray(spec.pipeline)) spec.pipeline = resolveNested(store, spec.pipeline)
    return { $lookup: spec }
  })
}

function pathValue(doc: Doc, path: string): unknown {
  let v: unknown = doc
  for (const p of path.split('.')) {
    if (Array.isArray(v)) return undefined // 数组中间路径：交给 mingo 处理完整集合
    v = v && typeof v === 'object' ? (v as Doc)[p] : undefined
  }
  return v
}

/**
 * localField/foreignField 形式的 $lookup：用外表 foreignField 上的等值索引只取可能匹配的文档，
 * 再交给 mingo 按原语义关联（与数据库在外键字段上有索引时一样，不扫描整表）。
 * 本地值缺失、为 null 或为对象/日期时退回整表。
 */
/** localField/foreignField 形式（没有 let/pipeline） */
const isSimpleLookup = (spec: Doc): boolean =>
  Object.keys(spec).every((k) => k === 'from' || k === 'localField' || k === 'foreignField' || k === 'as') &&
  typeof spec.localField === 'string' && typeof spec.foreignField === 'string' && typeof spec.as === 'string'

function lookupCandidates(store: Store, spec: Doc, input: Doc[]): Doc[] {
  const from = store.coll(spec.from)
  // 索引只建在顶层字段上
  if (!isSimpleLookup(spec) || spec.foreignField.includes('.')) return cloneAll(from)
  if (!from.index.has(spec.foreignField)) from.index.build(spec.foreignField, from.docs)
  const ids = new Set<string>()
  for (const d of input) {
    const v = pathValue(d, spec.localField)
    for (const x of Array.isArray(v) ? v : [v]) {
      const cand = from.index.candidates(spec.foreignField, x as string)
      if (!cand) return cloneAll(from)
      for (const id of cand) ids.add(id)
    }
  }
  return [...ids].map((id) => from.docs.get(id)).filter((e) => e !== undefined).sort((a, b) => a.seq - b.seq).map((e) => structuredClone(e.doc))
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

/** 只有 $skip/$limit 的一段直接切片（语义相同；mingo 每建一个管道都要复制整张操作符表） */
function sliceOnly(docs: Doc[], pipeline: Doc[]): Doc[] | null {
  let out = docs
  for (const s of pipeline) {
    if (isCount(s.$skip)) out = out.slice(s.$skip)
    else if (isCount(s.$limit) && s.$limit > 0) out = out.slice(0, s.$limit)
    else return null
  }
  return out
}

function run(docs: Doc[], pipeline: Doc[]): Doc[] {
  if (pipeline.length === 0) return docs
  const sliced = sliceOnly(docs, pipeline)
  if (sliced) return sliced
  try {
    return aggregate(docs, pipeline, MINGO_OPTS) as Doc[]
  } catch (e) {
    throw toDbError(e)
  }
}

/** 简单 $lookup 的编译结果按 spec 缓存；外表候选经 collectionResolver 在（同步的）本次运行中提供 */
let lookupSource: Doc[] = []
const lookups = new Map<string, Aggregator>()

function runLookup(docs: Doc[], spec: Doc, from: Doc[]): Doc[] {
  if (!isSimpleLookup(spec)) return run(docs, [{ $lookup: { ...spec, from } }])
  const key = JSON.stringify(spec)
  let agg = lookups.get(key)
  if (!agg) {
    if (lookups.size >= 500) lookups.clear()
    agg = new Aggregator([{ $lookup: spec }], { ...MINGO_OPTS, collectionResolver: () => lookupSource })
    lookups.set(key, agg)
  }
  lookupSource = from
  try {
    return agg.run(docs) as Doc[]
  } catch (e) {
    throw toDbError(e)
  } finally {
    lookupSource = []
  }
}

export function runAggregate(store: Store, coll: string, stages: unknown, now: Date): Doc[] {
  const parsed = parseStages(stages, now)
  let pipeline = parsed.map((p) => p.stage)
  if (!pipeline.some((s) => '$limit' in s)) pipeline.push({ $limit: AGGREGATE_DEFAULT_LIMIT })
  // 先检查全部 $lookup 的 from（不存在的集合整条管道失败，与平台一致）
  for (const s of pipeline) if (s.$lookup) store.coll(lookupSpec(s).from)

  // 开头的 $match 先用索引/扫描过滤，减少后续处理量
  const c = store.coll(coll)
  let docs: Doc[]
  const first = pipeline[0]
  if (first && '$match' in first && first.$match && typeof first.$match === 'object') {
    const test = compileQuery(first.$match, parsed[0].text)
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

  // 按 $lookup 分段执行：每个 $lookup 的外表只取索引候选
  while (pipeline.length) {
    const i = pipeline.findIndex((s) => '$lookup' in s)
    if (i < 0) return run(docs, pipeline)
    docs = run(docs, pipeline.slice(0, i))
    const spec = lookupSpec(pipeline[i])
    const from = lookupCandidates(store, spec, docs)
    if (Array.isArray(spec.pipeline)) spec.pipeline = resolveNested(store, spec.pipeline)
    docs = runLookup(docs, spec, from)
    pipeline = pipeline.slice(i + 1)
  }
  return docs
}
