import { Query, find } from 'mingo'
import { update as mingoUpdate } from 'mingo/updater'
import { compare, resolve } from 'mingo/util'
import type { Doc } from './codec'
import { ERR, dbError, toDbError } from './errors'

/** mingo 选项：禁止脚本类操作符（$where/$function/$accumulator） */
export const MINGO_OPTS = { scriptEnabled: false } as const

export type Matcher = (doc: Doc) => boolean

const ALWAYS: Matcher = () => true
/** 编译好的查询按请求中的 EJSON 原文缓存（mingo 每次构造 Query 都要复制整张操作符表） */
const compiled = new Map<string, Matcher>()
const CACHE_MAX = 2000

export function compileQuery(query: unknown, cacheKey?: string): Matcher {
  if (cacheKey !== undefined && !cacheKey.includes('$tcb_server_date')) {
    const hit = compiled.get(cacheKey)
    if (hit) return hit
    const m = compileQuery(query)
    if (compiled.size >= CACHE_MAX) compiled.clear()
    compiled.set(cacheKey, m)
    return m
  }
  if (query === undefined || query === null) return ALWAYS
  if (typeof query !== 'object' || Array.isArray(query)) throw dbError(ERR.INVALID_PARAM, 'query must be an object')
  if (Object.keys(query).length === 0) return ALWAYS
  try {
    const q = new Query(query as Doc, MINGO_OPTS)
    return (doc) => q.test(doc)
  } catch (e) {
    throw toDbError(e)
  }
}

/** 按 `{ field: 1 | -1 }` 排序（BSON 比较顺序，同值保持原顺序） */
export function sortDocs<T>(list: T[], order: unknown, docOf: (t: T) => Doc): T[] {
  if (!order || typeof order !== 'object') return list
  const spec = Object.entries(order as Doc).map(([k, v]) => [k, Number(v) < 0 ? -1 : 1] as const)
  if (spec.length === 0) return list
  const keyed = list.map((t, i) => ({ t, i, keys: spec.map(([k]) => resolve(docOf(t), k)) }))
  keyed.sort((a, b) => {
    for (let j = 0; j < spec.length; j++) {
      const c = compare(a.keys[j], b.keys[j])
      if (c !== 0) return c * spec[j][1]
    }
    return a.i - b.i
  })
  return keyed.map((k) => k.t)
}

export function projectDocs(docs: Doc[], projection: unknown): Doc[] {
  if (!projection || typeof projection !== 'object' || Object.keys(projection).length === 0) return docs
  try {
    return find(docs, {}, projection as Doc, MINGO_OPTS).all() as Doc[]
  } catch (e) {
    throw toDbError(e)
  }
}

function isOperatorDoc(data: Doc): boolean {
  const keys = Object.keys(data)
  return keys.length > 0 && keys.every((k) => k.startsWith('$'))
}

/**
 * 计算更新后的新文档（不修改 base）。
 * merge=true：data 为操作符文档（$set/$inc/...；无操作符的普通对象按 $set 处理）。
 * merge=false：data 为替换文档（保留 _id）。
 * 返回 null 表示内容无变化。
 */
export function applyUpdate(base: Doc, data: unknown, merge: boolean): Doc | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw dbError(ERR.INVALID_PARAM, 'data must be an object')
  const d = data as Doc
  if (!merge) {
    if (isOperatorDoc(d)) throw dbError(ERR.REQUEST_FAILED, 'replacement document must not contain update operators')
    if ('_id' in d && d._id !== base._id) throw dbError(ERR.REQUEST_FAILED, 'cannot modify _id')
    const next: Doc = { _id: base._id, ...d }
    return sameDoc(base, next) ? null : next
  }
  if (Object.keys(d).length === 0) return null
  const modifier = isOperatorDoc(d) ? d : { $set: d }
  for (const [op, fields] of Object.entries(modifier)) {
    if (fields && typeof fields === 'object') {
      for (const f of Object.keys(fields)) {
        if (f === '_id' || f.startsWith('_id.')) throw dbError(ERR.REQUEST_FAILED, `cannot modify _id with ${op}`)
      }
    }
  }
  checkTypes(base, modifier)
  const next = structuredClone(base)
  let changed: string[]
  try {
    changed = mingoUpdate(next, modifier as never, undefined, undefined, { cloneMode: 'deep' })
  } catch (e) {
    throw toDbError(e)
  }
  return changed.length === 0 ? null : next
}

const NUMERIC_OPS = new Set(['$inc', '$mul'])
/** 路径不存在时什么都不做的操作符 */
const REMOVAL_OPS = new Set(['$unset', '$pull', '$pullAll', '$pop'])
const ARRAY_OPS = new Set(['$push', '$addToSet', '$pull', '$pullAll', '$pop'])

/** 沿点路径取值；路径途经非对象（数字、字符串等）时返回 blocked */
function walkPath(doc: Doc, path: string): { value: unknown; blocked: boolean } {
  let cur: unknown = doc
  for (const seg of path.split('.')) {
    if (cur === undefined || cur === null) return { value: undefined, blocked: cur === null }
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(seg)) return { value: undefined, blocked: false } // 位置操作符等：交给 mingo
      cur = cur[Number(seg)]
    } else if (typeof cur === 'object' && !(cur instanceof Date)) {
      cur = (cur as Doc)[seg]
    } else {
      return { value: undefined, blocked: true }
    }
  }
  return { value: cur, blocked: false }
}

/** mingo 对类型不符的更新静默跳过；平台（MongoDB）会报错，这里按平台报错 */
function checkTypes(base: Doc, modifier: Doc): void {
  for (const [op, fields] of Object.entries(modifier)) {
    if (!fields || typeof fields !== 'object') continue
    for (const [path, operand] of Object.entries(fields as Doc)) {
      const { value, blocked } = walkPath(base, path)
      if (blocked && !REMOVAL_OPS.has(op)) throw dbError(ERR.REQUEST_FAILED, `${op}: cannot create field in ${path}: parent is not an object`)
      if (NUMERIC_OPS.has(op)) {
        if (typeof operand !== 'number') throw dbError(ERR.REQUEST_FAILED, `${op} on ${path} needs a numeric argument`)
        if (value !== undefined && typeof value !== 'number') throw dbError(ERR.REQUEST_FAILED, `cannot apply ${op} to ${path}: value is not a number`)
      }
      if (ARRAY_OPS.has(op) && value !== undefined && !Array.isArray(value)) {
        throw dbError(ERR.REQUEST_FAILED, `cannot apply ${op} to ${path}: value is not an array`)
      }
    }
  }
}

function sameDoc(a: Doc, b: Doc): boolean {
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  try {
    const q = new Query({ $expr: { $eq: ['$$ROOT', { $literal: b }] } }, MINGO_OPTS)
    return q.test(a) && ka.every((k, i) => k === kb[i])
  } catch {
    return false
  }
}
