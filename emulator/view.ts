import type { Doc } from './codec'
import { indexableEq } from './eqindex'
import { compileQuery } from './engine'
import type { Change, Entry, Store } from './store'
import type { Txn, TxnManager } from './txn'

export interface Row {
  id: string
  doc: Doc
  /** 已提交文档的序列化文本（事务内暂存的文档为 null） */
  json: string | null
}

/** 小于此规模的集合直接扫描，不建索引 */
const INDEX_MIN_DOCS = 1000

export const idKey = (id: unknown): string => String(id)

/**
 * 一次请求看到的数据：已提交数据，叠加（若在事务中）本事务暂存的写入。
 * 事务内读到的已提交文档会登记版本，提交时校验。
 */
export class View {
  constructor(private readonly store: Store, private readonly txns: TxnManager, readonly txn: Txn | null) {}

  /** 按查询匹配的文档（自然顺序） */
  rows(coll: string, query: Doc | undefined, queryText?: string): Row[] {
    const c = this.store.coll(coll)
    // 按 _id 直取
    if (query && Object.keys(query).length === 1 && (typeof query._id === 'string' || typeof query._id === 'number')) {
      const r = this.getRow(coll, idKey(query._id))
      return r && r.doc._id === query._id ? [r] : []
    }
    const test = compileQuery(query, queryText)
    const out: Row[] = []
    const pending = this.txn ? this.txn.collWrites(coll) : []
    const pendingIds = new Set(pending.map((w) => w.id))

    let source: Iterable<[string, { doc: Doc; json: string }]> = c.docs
    const eq = pending.length === 0 && c.docs.size >= INDEX_MIN_DOCS && query ? indexableEq(query) : null
    if (eq) {
      if (!c.index.has(eq[0])) c.index.build(eq[0], c.docs)
      const ids = c.index.candidates(eq[0], eq[1]) ?? new Set<string>()
      const entries: [string, Entry][] = [...ids].map((id): [string, Entry] => [id, c.docs.get(id)!]).filter((e) => e[1])
      entries.sort((a, b) => a[1].seq - b[1].seq)
      source = entries
    }
    for (const [id, e] of source) {
      if (pendingIds.has(id)) continue
      if (test(e.doc)) {
        if (this.txn) this.txns.noteRead(this.txn, coll, id)
        out.push({ id, doc: e.doc, json: e.json })
      }
    }
    if (pending.length) {
      // 事务内：用暂存版本代替已提交版本（保持原位置），新插入的排在最后
      const merged: Row[] = []
      const committed = new Map(out.map((r) => [r.id, r]))
      for (const [id] of c.docs) {
        const w = pendingIds.has(id) ? this.txn!.overlay(coll, id) : undefined
        if (w) {
          if (w.doc && test(w.doc)) merged.push({ id, doc: w.doc, json: null })
        } else if (committed.has(id)) merged.push(committed.get(id)!)
      }
      for (const w of pending) if (!c.docs.has(w.id) && w.doc && test(w.doc)) merged.push({ id: w.id, doc: w.doc, json: null })
      return merged
    }
    return out
  }

  /** 按 _id 取一条（事务内优先取暂存版本） */
  getRow(coll: string, id: string): Row | undefined {
    const c = this.store.coll(coll)
    if (this.txn) {
      const w = this.txn.overlay(coll, id)
      if (w) return w.doc ? { id, doc: w.doc, json: null } : undefined
      this.txns.noteRead(this.txn, coll, id)
    }
    const e = c.docs.get(id)
    return e ? { id, doc: e.doc, json: e.json } : undefined
  }

  /** 写入：事务内暂存，否则立即原子提交 */
  write(changes: Change[]): void {
    if (changes.length === 0) return
    if (this.txn) this.txns.stage(this.txn, changes)
    else this.store.commit(changes)
  }
}
