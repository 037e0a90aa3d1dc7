import { randomBytes } from 'crypto'
import type { Doc } from './codec'
import { ERR, dbError } from './errors'
import type { Change, Store } from './store'

export const keyOf = (coll: string, id: string): string => `${coll}\u0000${id}`

export class Txn {
  /** 本事务暂存的写入（提交时一次性落盘） */
  readonly writes = new Map<string, Change>()
  /** 读到的已提交版本（提交时校验未被他人改动） */
  readonly reads = new Map<string, number>()
  touched = Date.now()
  constructor(readonly id: string) {}

  overlay(coll: string, id: string): Change | undefined {
    return this.writes.get(keyOf(coll, id))
  }

  /** 本事务在该集合暂存的写入（按暂存顺序） */
  collWrites(coll: string): Change[] {
    return [...this.writes.values()].filter((w) => w.coll === coll)
  }
}

/**
 * 事务：乐观并发控制 + 写锁。
 * - 事务内的写入只暂存在事务中，其他请求不可见；abort 或超时即丢弃。
 * - 两个事务写同一文档：后写者立即得到 DATABASE_TRANSACTION_CONFLICT，其事务被中止（与 MongoDB 的 WriteConflict 相同）。
 * - 提交时校验事务读过/写过的文档版本未变；若被他人改动则 DATABASE_TRANSACTION_CONFLICT。
 * SDK 的 runTransaction 遇到该错误码会重新开始整个事务（最多 3 次）。
 */
export class TxnManager {
  private readonly txns = new Map<string, Txn>()
  private readonly locks = new Map<string, string>()
  private readonly sweeper: NodeJS.Timeout

  constructor(private readonly store: Store, private readonly timeoutMs: number) {
    this.sweeper = setInterval(() => this.sweep(), Math.max(50, Math.min(1000, timeoutMs / 4)))
    this.sweeper.unref()
  }

  start(): Txn {
    const t = new Txn(randomBytes(16).toString('hex'))
    this.txns.set(t.id, t)
    return t
  }

  get(id: unknown): Txn {
    const t = typeof id === 'string' ? this.txns.get(id) : undefined
    if (!t) throw dbError(ERR.TRANSACTION_FAIL, `transaction ${String(id)} does not exist, already finished or timed out`)
    t.touched = Date.now()
    return t
  }

  active(): number {
    return this.txns.size
  }

  noteRead(t: Txn, coll: string, id: string): void {
    const k = keyOf(coll, id)
    if (!t.reads.has(k) && !t.writes.has(k)) t.reads.set(k, this.store.version(coll, id))
  }

  /** 暂存写入；文档被其它事务锁定则冲突并中止本事务 */
  stage(t: Txn, changes: Change[]): void {
    for (const ch of changes) {
      const owner = this.locks.get(keyOf(ch.coll, ch.id))
      if (owner && owner !== t.id) {
        this.abort(t.id)
        throw dbError(ERR.TRANSACTION_CONFLICT, `write conflict on ${ch.coll}/${ch.id}; transaction aborted`)
      }
    }
    for (const ch of changes) {
      const k = keyOf(ch.coll, ch.id)
      this.noteRead(t, ch.coll, ch.id)
      this.locks.set(k, t.id)
      t.writes.set(k, ch)
    }
  }

  commit(id: unknown): void {
    const t = this.get(id)
    try {
      for (const [k, ver] of t.reads) {
        const [coll, docId] = k.split('\u0000')
        if (this.store.version(coll, docId) !== ver) {
          throw dbError(ERR.TRANSACTION_CONFLICT, `${coll}/${docId} was modified by another write; transaction aborted`)
        }
      }
      this.store.commit([...t.writes.values()])
    } finally {
      this.release(t)
    }
  }

  abort(id: unknown): void {
    this.release(this.get(id))
  }

  private release(t: Txn): void {
    this.txns.delete(t.id)
    for (const k of t.writes.keys()) if (this.locks.get(k) === t.id) this.locks.delete(k)
  }

  private sweep(): void {
    const deadline = Date.now() - this.timeoutMs
    for (const t of [...this.txns.values()]) if (t.touched < deadline) this.release(t)
  }

  close(): void {
    clearInterval(this.sweeper)
    for (const t of [...this.txns.values()]) this.release(t)
  }
}

export type { Doc }
