import { Query, find } from 'mingo'
import { update as mingoUpdate } from 'mingo/updater'
import { compare, resolve } from 'mingo/util'
import type { Doc } from './codec'
import { ERR, dbError, toDbError } from './errors'

/** mingo 选项：禁止脚本类操作符（$where/$function/$accumulator） */
export const MINGO_OPTS = { scriptEnabled: false } as const

export type Matcher = (doc: Doc) => boolean

export function compileQuery(query: unknown): Matcher {
  if (query === undefined || query === null) return () => true
  if (typeof query !== 'object' || Array.isArray(query)) throw dbError(ERR.INVALID_PARAM, 'query must be an object')
  if (Object.keys(query).length === 0) return () => true
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
  const next = structuredClone(base)
  let changed: string[]
  try {
    changed = mingoUpdate(next, modifier as never, undefined, undefined, { cloneMode: 'deep' })
  } catch (e) {
    throw toDbError(e)
  }
  return changed.length === 0 ? null : next
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
