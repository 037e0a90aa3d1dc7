import Database from 'better-sqlite3'
import fs from 'fs'
import path from 'path'
import { Doc, encode, parseStored } from './codec'
import { ERR, dbError } from './errors'
import { EqIndex } from './eqindex'

/** 缓存中的一条文档：解析后的对象（只读，绝不原地修改）+ 序列化文本 + 版本号 */
export interface Entry {
  doc: Doc
  json: string
  ver: number
  /** 插入顺序（自然顺序） */
  seq: number
}

/** 一次原子提交中的一项：doc 为 null 表示删除 */
export interface Change {
  coll: string
  id: string
  doc: Doc | null
}

export interface Coll {
  name: string
  docs: Map<string, Entry>
  /** 已删除文档的最后版本（供事务冲突检测） */
  gone: Map<string, number>
  index: EqIndex
}

/**
 * 持久存储：better-sqlite3（WAL，synchronous=NORMAL）+ 每集合一份内存缓存。
 * 所有写入经 commit()：先在一个 sqlite 事务中落盘，成功后才替换缓存，因此要么全部生效、要么全部不生效。
 */
export class Store {
  readonly db: Database.Database
  private readonly names = new Set<string>()
  private readonly cache = new Map<string, Coll>()
  private ver = 0
  private seq = 0
  private readonly stmts: {
    upsert: Database.Statement
    del: Database.Statement
    load: Database.Statement
    addColl: Database.Statement
  }

  constructor(readonly dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true })
    this.db = new Database(path.join(dataDir, 'cloudbase.sqlite'))
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, created_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS docs (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        coll TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
        UNIQUE (coll, id));`)
    this.stmts = {
      upsert: this.db.prepare(
        'INSERT INTO docs (coll, id, body) VALUES (?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET body = excluded.body'),
      del: this.db.prepare('DELETE FROM docs WHERE coll = ? AND id = ?'),
      load: this.db.prepare('SELECT id, body FROM docs WHERE coll = ? ORDER BY seq'),
      addColl: this.db.prepare('INSERT INTO collections (name, created_at) VALUES (?, ?)'),
    }
    for (const row of this.db.prepare('SELECT name FROM collections').all() as { name: string }[]) this.names.add(row.name)
  }

  collections(): string[] {
    return [...this.names].sort()
  }

  hasCollection(name: string): boolean {
    return this.names.has(name)
  }

  /** 创建集合；已存在返回 false */
  createCollection(name: string): boolean {
    if (this.names.has(name)) return false
    this.stmts.addColl.run(name, Date.now())
    this.names.add(name)
    return true
  }

  /** 集合（首次访问时从 sqlite 载入缓存）；不存在抛 DATABASE_COLLECTION_NOT_EXIST */
  coll(name: unknown): Coll {
    if (typeof name !== 'string' || !name) throw dbError(ERR.INVALID_PARAM, 'collectionName is required')
    const hit = this.cache.get(name)
    if (hit) return hit
    if (!this.names.has(name)) throw dbError(ERR.COLLECTION_NOT_EXIST, `Db or Table not exist: ${name}`)
    const c: Coll = { name, docs: new Map(), gone: new Map(), index: new EqIndex() }
    for (const row of this.stmts.load.iterate(name) as Iterable<{ id: string; body: string }>) {
      c.docs.set(row.id, { doc: parseStored(row.body), json: row.body, ver: 0, seq: ++this.seq })
    }
    this.cache.set(name, c)
    return c
  }

  /** 文档当前版本（不存在为删除时的版本或 0） */
  version(coll: string, id: string): number {
    const c = this.coll(coll)
    return c.docs.get(id)?.ver ?? c.gone.get(id) ?? 0
  }

  /** 原子提交一组变更 */
  commit(changes: Change[]): void {
    if (changes.length === 0) return
    const prepared = changes.map((ch) => ({ ...ch, c: this.coll(ch.coll), json: ch.doc ? encode(ch.doc) : '' }))
    this.db.transaction(() => {
      for (const p of prepared) {
        if (p.doc) this.stmts.upsert.run(p.coll, p.id, p.json)
        else this.stmts.del.run(p.coll, p.id)
      }
    })()
    const ver = ++this.ver
    for (const p of prepared) {
      const old = p.c.docs.get(p.id)
      if (old) p.c.index.remove(p.id, old.doc)
      if (p.doc) {
        p.c.docs.set(p.id, { doc: p.doc, json: p.json, ver, seq: old?.seq ?? ++this.seq })
        p.c.gone.delete(p.id)
        p.c.index.add(p.id, p.doc)
      } else {
        p.c.docs.delete(p.id)
        p.c.gone.set(p.id, ver)
      }
    }
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}
