/** 事务：隔离、回滚、写冲突（runTransaction 据 DATABASE_TRANSACTION_CONFLICT 重试）、超时 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import tcb from '@cloudbase/node-sdk'
import { startEmulator, type Emulator } from '../../emulator/server'

let emu: Emulator
let dir: string
let db: ReturnType<ReturnType<typeof tcb.init>['database']>
const TIMEOUT_MS = 600
/** Db.runTransaction 的类型是 any，这里标出回调参数的类型 */
type Tx = Awaited<ReturnType<typeof db.startTransaction>>

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-txn-'))
  emu = await startEmulator({ dataDir: dir, quiet: true, txnTimeoutMs: TIMEOUT_MS })
  db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database()
  await db.createCollection('acc')
})
afterAll(async () => {
  await emu.close()
  fs.rmSync(dir, { recursive: true, force: true })
})
beforeEach(async () => {
  await db.collection('acc').where({ _id: db.command.exists(true) }).remove()
  await db.collection('acc').add([{ _id: 'a', v: 10 }, { _id: 'b', v: 0 }])
})

const value = async (id: string) => (await db.collection('acc').doc(id).get()).data[0]?.v

test('事务内的写入在提交前对其他请求不可见，提交后一起可见', async () => {
  const t = await db.startTransaction()
  await t.collection('acc').doc('a').update({ v: db.command.inc(-5) })
  await t.collection('acc').doc('b').update({ v: db.command.inc(5) })
  await t.collection('acc').add({ _id: 'c', v: 1 })
  expect((await t.collection('acc').doc('a').get()).data).toMatchObject({ v: 5 })
  expect(await value('a')).toBe(10)
  expect(await value('c')).toBeUndefined()
  await t.commit()
  expect([await value('a'), await value('b'), await value('c')]).toEqual([5, 5, 1])
})

test('回滚后事务内的写入全部消失', async () => {
  const t = await db.startTransaction()
  await t.collection('acc').doc('a').set({ v: 99 })
  await t.collection('acc').doc('b').remove()
  await t.rollback()
  expect([await value('a'), await value('b')]).toEqual([10, 0])
})

test('两个事务写同一文档：后写者得到冲突错误，先写者正常提交', async () => {
  const t1 = await db.startTransaction()
  const t2 = await db.startTransaction()
  await t1.collection('acc').doc('a').update({ v: 1 })
  await expect(t2.collection('acc').doc('a').update({ v: 2 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
  await t1.commit()
  expect(await value('a')).toBe(1)
})

test('事务读过的文档在提交前被改动：提交冲突，事务写入不生效', async () => {
  const t = await db.startTransaction()
  const { data } = await t.collection('acc').doc('a').get()
  await t.collection('acc').doc('b').update({ v: data.v })
  await db.collection('acc').doc('a').update({ v: 11 })
  await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
  expect(await value('b')).toBe(0)
})

test('并发 runTransaction 转账：冲突自动重试，不丢失更新', async () => {
  const transfer = () =>
    db.runTransaction(async (t: Tx) => {
      const a = (await t.collection('acc').doc('a').get()).data
      const b = (await t.collection('acc').doc('b').get()).data
      await t.collection('acc').doc('a').update({ v: a.v - 1 })
      await t.collection('acc').doc('b').update({ v: b.v + 1 })
      return 'ok'
    })
  const results = await Promise.allSettled([transfer(), transfer(), transfer()])
  const ok = results.filter((r) => r.status === 'fulfilled').length
  expect(ok).toBeGreaterThanOrEqual(1)
  for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
  expect([await value('a'), await value('b')]).toEqual([10 - ok, ok])
})

test('runTransaction 回调抛错时自动回滚', async () => {
  await expect(db.runTransaction(async (t: Tx) => {
    await t.collection('acc').doc('a').update({ v: 0 })
    throw new Error('业务校验失败')
  })).rejects.toThrow('业务校验失败')
  expect(await value('a')).toBe(10)
})

test('被放弃的事务超时中止：锁释放、写入丢弃、之后提交失败', async () => {
  const abandoned = await db.startTransaction()
  await abandoned.collection('acc').doc('a').update({ v: 42 })
  await new Promise((r) => setTimeout(r, TIMEOUT_MS * 2))
  const t = await db.startTransaction()
  await t.collection('acc').doc('a').update({ v: 7 })
  await t.commit()
  await expect(abandoned.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
  expect(await value('a')).toBe(7)
})
