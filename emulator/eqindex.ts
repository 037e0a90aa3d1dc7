import type { Doc } from './codec'

type Key = string | number | boolean

/** 可用索引的查询值：顶层字段上的字符串/数字/布尔等值 */
function keyOf(v: unknown): string | null {
  switch (typeof v) {
    case 'string': return 's' + v
    case 'number': return 'n' + v
    case 'boolean': return v ? 'T' : 'F'
    default: return null
  }
}

/**
 * 惰性等值索引：某个顶层字段第一次被用于等值查询时建立，之后随每次提交维护。
 * 数组字段按元素建索引（与 Mongo 的数组等值匹配一致）。只返回候选集，最终仍由 mingo 逐条判定。
 */
export class EqIndex {
  private readonly fields = new Map<string, Map<string, Set<string>>>()

  has(field: string): boolean {
    return this.fields.has(field)
  }

  build(field: string, docs: Iterable<[string, { doc: Doc }]>): void {
    const m = new Map<string, Set<string>>()
    this.fields.set(field, m)
    for (const [id, e] of docs) this.put(m, field, id, e.doc)
  }

  candidates(field: string, value: Key): Set<string> | undefined {
    const k = keyOf(value)
    const m = this.fields.get(field)
    if (k === null || !m) return undefined
    return m.get(k) ?? new Set()
  }

  add(id: string, doc: Doc): void {
    for (const [field, m] of this.fields) this.put(m, field, id, doc)
  }

  remove(id: string, doc: Doc): void {
    for (const [field, m] of this.fields) {
      for (const k of keysOf(doc[field])) m.get(k)?.delete(id)
    }
  }

  private put(m: Map<string, Set<string>>, field: string, id: string, doc: Doc): void {
    for (const k of keysOf(doc[field])) {
      let s = m.get(k)
      if (!s) m.set(k, (s = new Set()))
      s.add(id)
    }
  }
}

function keysOf(v: unknown): string[] {
  const out: string[] = []
  const one = keyOf(v)
  if (one !== null) out.push(one)
  if (Array.isArray(v)) for (const x of v) { const k = keyOf(x); if (k !== null) out.push(k) }
  return out
}

/** 从查询里挑一个可走索引的顶层等值条件 */
export function indexableEq(query: Doc): [string, Key] | null {
  for (const [k, v] of Object.entries(query)) {
    if (k.startsWith('$') || k.includes('.')) continue
    if (keyOf(v) !== null) return [k, v as Key]
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && keyOf((v as Doc).$eq) !== null) {
      return [k, (v as Doc).$eq as Key]
    }
  }
  return null
}
