/**
 * 重点关注条目的读取与事务内变更（counseling 的重点关注库与 ledger 的研判会共用）。
 * 每次变更追加历史；需站长审批的变更连同审批申请一起写入。
 */
import type { ApprovalDoc, KeyCareDoc, KeyCareHistoryEntry } from '../../../types/models-counseling'
import { studentInScope, type Caller } from '../access'
import { COLLECTIONS } from '../collections'
import { getById, runTx, txCheck, txGet, type Tx } from '../dbops'
import { AppError, notFound } from '../errors'
import type { Database } from '../sdk'

export function hist(by: string, change: KeyCareHistoryEntry['change'], at: Date, from?: string, to?: string): KeyCareHistoryEntry {
  return { at, by, change, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }
}

/** 条目是否在调用者范围内（辅导员：所带学生；站长：全站） */
const entryInScope = (caller: Caller, e: KeyCareDoc): boolean => studentInScope(caller, e)

/** 读取范围内的条目；越权即 NOT_FOUND */
export async function loadEntryInScope(db: Database, caller: Caller, id: string): Promise<KeyCareDoc> {
  const e = await getById<KeyCareDoc>(db, COLLECTIONS.keyCare, id)
  if (!e || !entryInScope(caller, e)) throw notFound()
  return e
}

export function ensureOpen(e: KeyCareDoc): void {
  if (e.status === 'closed') throw new AppError('STATE.INVALID_TRANSITION', '该条目已解除关注')
}

export function ensureNoPending(e: KeyCareDoc): void {
  if (e.pendingApprovalId) throw new AppError('STATE.INVALID_TRANSITION', '该条目有待站长审批的申请，请等待审批结果')
}

export interface EntryChange {
  set: Partial<KeyCareDoc>
  /** 要移除的字段 */
  unset?: Array<keyof KeyCareDoc>
  history: KeyCareHistoryEntry[]
  approval?: ApprovalDoc
}

/** 事务内：读出最新条目，计算并写回变更（追加历史），需要时写入审批申请。返回变更后的条目 */
async function changeInTx(
  tx: Tx,
  db: Database,
  entryId: string,
  now: Date,
  build: (e: KeyCareDoc, tx: Tx) => EntryChange | Promise<EntryChange>,
): Promise<{ entry: KeyCareDoc; approval?: ApprovalDoc }> {
  const _ = db.command
  const e = await txGet<KeyCareDoc>(tx, COLLECTIONS.keyCare, entryId)
  if (!e) throw notFound()
  const change = await build(e, tx)
  const history = [...(e.history ?? []), ...change.history]
  const data: Record<string, unknown> = { ...change.set, history, updatedAt: now }
  for (const k of change.unset ?? []) data[k] = _.remove()
  await txCheck(await tx.collection(COLLECTIONS.keyCare).doc(entryId).update(data))
  if (change.approval) await txCheck(await tx.collection(COLLECTIONS.approvals).add(change.approval))
  const entry = { ...e, ...change.set, history, updatedAt: now } as KeyCareDoc
  for (const k of change.unset ?? []) delete entry[k]
  return { entry, approval: change.approval }
}

/**
 * 在事务中读取最新条目、计算变更（build 可抛出业务错误，整体回滚）、写回条目并追加历史，
 * 需要时同时写入审批申请。返回变更后的条目。
 */
export function mutateEntry(
  db: Database,
  entryId: string,
  now: Date,
  build: (e: KeyCareDoc, tx: Tx) => EntryChange | Promise<EntryChange>,
): Promise<{ entry: KeyCareDoc; approval?: ApprovalDoc }> {
  return runTx(db, (tx) => changeInTx(tx, db, entryId, now, build))
}

/**
 * 一个事务里变更多个条目（各不相同），最后 finish 写入随之产生的记录（如研判会）：
 * 任何一个 build 或写入失败，整体回滚，一条也不生效。scope 给出时，事务内读到的条目须在其范围内（否则 NOT_FOUND）。
 */
export function mutateEntries<T>(
  db: Database,
  now: Date,
  changes: Array<{ entryId: string; build: (e: KeyCareDoc) => EntryChange }>,
  finish: (tx: Tx, results: Array<{ entry: KeyCareDoc; approval?: ApprovalDoc }>) => Promise<T>,
  scope?: Caller,
): Promise<T> {
  return runTx(db, async (tx) => {
    const results: Array<{ entry: KeyCareDoc; approval?: ApprovalDoc }> = []
    for (const c of changes) {
      results.push(await changeInTx(tx, db, c.entryId, now, (e) => {
        if (scope && !entryInScope(scope, e)) throw notFound()
        return c.build(e)
      }))
    }
    return finish(tx, results)
  })
}
