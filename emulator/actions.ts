import { Doc, decode, encode } from './codec'
import { applyUpdate, projectDocs, sortDocs } from './engine'
import { ERR, dbError } from './errors'
import { newId } from './ids'
import { runAggregate } from './aggregate'
import type { Change, Store } from './store'
import { TxnManager } from './txn'
import { View, idKey } from './view'

export interface ActionCtx {
  store: Store
  txns: TxnManager
  now: Date
}

/** 回包中除 requestId 外的部分：普通动作为 `{ data }`，startTransaction 为 `{ transactionId }` */
export type Reply = Record<string, unknown>
type Handler = (body: Doc, ctx: ActionCtx) => Reply

const MAX_LIMIT = 1000
const DEFAULT_LIMIT = 100

function view(body: Doc, ctx: ActionCtx): View {
  const txn = body.transactionId !== undefined && body.transactionId !== '' ? ctx.txns.get(body.transactionId) : null
  return new View(ctx.store, ctx.txns, txn)
}

function optional(body: Doc, field: string, ctx: ActionCtx): any {
  const v = body[field]
  return v === undefined || v === null || v === '' ? undefined : decode(v, ctx.now, field)
}

function objectParam(body: Doc, field: string, ctx: ActionCtx): Doc | undefined {
  const v = optional(body, field, ctx)
  if (v !== undefined && (typeof v !== 'object' || Array.isArray(v) || v instanceof Date)) {
    throw dbError(ERR.INVALID_PARAM, `${field} must be an object`)
  }
  return v
}

function nonNegInt(v: unknown, fallback: number): number {
  const n = Number(v)
  return Number.isInteger(n) && n >= 0 ? n : fallback
}

/** upsert 时由查询中的顶层等值条件构造新文档的初始内容 */
function seedFromQuery(query: Doc | undefined): Doc {
  const seed: Doc = {}
  for (const [k, v] of Object.entries(query ?? {})) {
    if (k.startsWith('$') || k.includes('.')) continue
    if (v === null || typeof v !== 'object' || v instanceof Date) seed[k] = v
  }
  return seed
}

const getDocument: Handler = (body, ctx) => {
  const v = view(body, ctx)
  const query = objectParam(body, 'query', ctx)
  const order = objectParam(body, 'order', ctx)
  const projection = objectParam(body, 'projection', ctx)
  let limit = nonNegInt(body.limit, DEFAULT_LIMIT)
  if (limit === 0) limit = DEFAULT_LIMIT
  limit = Math.min(limit, MAX_LIMIT)
  const offset = nonNegInt(body.offset, 0)
  const rows = sortDocs(v.rows(body.collectionName, query, body.query), order, (r) => r.doc).slice(offset, offset + limit)
  const list = projection
    ? projectDocs(rows.map((r) => r.doc), projection).map(encode)
    : rows.map((r) => r.json ?? encode(r.doc))
  return { data: { list, offset, limit } }
}

const calculateDocument: Handler = (body, ctx) => {
  const rows = view(body, ctx).rows(body.collectionName, objectParam(body, 'query', ctx), body.query)
  return { data: { total: rows.length } }
}

const insertDocument: Handler = (body, ctx) => {
  const v = view(body, ctx)
  const coll = body.collectionName
  ctx.store.coll(coll)
  const raw = Array.isArray(body.data) ? body.data : body.data === undefined ? [] : [body.data]
  if (raw.length === 0) throw dbError(ERR.INVALID_PARAM, 'data must be a non-empty array of documents')
  const seen = new Set<string>()
  const changes: Change[] = raw.map((text: unknown) => {
    const doc = decode(text, ctx.now, 'data')
    if (!doc || typeof doc !== 'object' || Array.isArray(doc) || doc instanceof Date) {
      throw dbError(ERR.INVALID_PARAM, 'each document must be an object')
    }
    if (doc._id === undefined || doc._id === null || doc._id === '') doc._id = newId()
    if (typeof doc._id !== 'string' && typeof doc._id !== 'number') throw dbError(ERR.INVALID_PARAM, '_id must be a string or number')
    const id = idKey(doc._id)
    if (seen.has(id) || v.getRow(coll, id)) throw dbError(ERR.DUPLICATE_KEY, `duplicate key: _id ${id} already exists in ${coll}`)
    seen.add(id)
    return { coll, id, doc: { _id: doc._id, ...doc } }
  })
  v.write(changes)
  return { data: { insertedIds: changes.map((c) => c.doc!._id) } }
}

const modifyDocument: Handler = (body, ctx) => {
  const v = view(body, ctx)
  const coll = body.collectionName
  const query = objectParam(body, 'query', ctx)
  const data = objectParam(body, 'data', ctx)
  if (!data) throw dbError(ERR.INVALID_PARAM, 'data is required')
  const merge = body.merge !== false
  const rows = v.rows(coll, query, body.query)
  const targets = body.multi === true ? rows : rows.slice(0, 1)
  const changes: Change[] = []
  for (const r of targets) {
    const next = applyUpdate(r.doc, data, merge)
    if (next) changes.push({ coll, id: r.id, doc: next })
  }
  let upsertId: unknown
  if (rows.length === 0 && body.upsert === true) {
    const qid = query?._id
    const _id = typeof qid === 'string' || typeof qid === 'number' ? qid : newId()
    const base = { _id, ...seedFromQuery(query) }
    const doc = merge ? applyUpdate(base, data, true) ?? base : applyUpdate({ _id }, data, false) ?? { _id }
    changes.push({ coll, id: idKey(_id), doc })
    upsertId = _id
  }
  v.write(changes)
  return { data: { updated: upsertId === undefined ? changes.length : 0, upsert_id: upsertId } }
}

const removeDocument: Handler = (body, ctx) => {
  const v = view(body, ctx)
  const coll = body.collectionName
  const rows = v.rows(coll, objectParam(body, 'query', ctx), body.query)
  const targets = body.multi === true ? rows : rows.slice(0, 1)
  v.write(targets.map((r) => ({ coll, id: r.id, doc: null })))
  return { data: { deleted: targets.length } }
}

const modifyAndReturnDoc: Handler = (body, ctx) => {
  const v = view(body, ctx)
  const coll = body.collectionName
  const data = objectParam(body, 'data', ctx)
  if (!data) throw dbError(ERR.INVALID_PARAM, 'data is required')
  const [row] = v.rows(coll, objectParam(body, 'query', ctx), body.query)
  if (!row) return { data: { updated: 0, doc: null } }
  const next = applyUpdate(row.doc, data, true)
  if (next) v.write([{ coll, id: row.id, doc: next }])
  return { data: { updated: next ? 1 : 0, doc: encode(next ?? row.doc) } }
}

const aggregateDocuments: Handler = (body, ctx) => {
  ctx.store.coll(body.collectionName)
  const list = runAggregate(ctx.store, body.collectionName, body.stages, ctx.now)
  return { data: { list: list.map(encode) } }
}

const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/

const addCollection: Handler = (body, ctx) => {
  const name = body.collectionName
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw dbError(ERR.INVALID_PARAM, 'collectionName must be 1-64 letters, digits, _ or -')
  }
  if (!ctx.store.createCollection(name)) throw dbError(ERR.COLLECTION_ALREADY_EXIST, `collection ${name} already exists`)
  return { data: {} }
}

export const ACTIONS: Record<string, Handler> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.aggregateDocuments': aggregateDocuments,
  'database.addCollection': addCollection,
  'database.startTransaction': (_b, ctx) => ({ transactionId: ctx.txns.start().id }),
  'database.commitTransaction': (b, ctx) => (ctx.txns.commit(b.transactionId), {}),
  'database.abortTransaction': (b, ctx) => (ctx.txns.abort(b.transactionId), {}),
}
