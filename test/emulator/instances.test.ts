/**
 * 云函数实例池（npm start / npm run emulator 的默认方式）：函数在子进程里执行，与数据库分开。
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import tcb from '@cloudbase/node-sdk'
import { startEmulator, type Emulator } from '../../emulator/server'
import { callGateway } from '../support/gateway'

const FUNCTIONS = path.join(__dirname, 'fixtures/functions')
let emu: Emulator
let dir: string

const call = (name: string, event: unknown, openid?: string) => callGateway(emu.url, name, event, openid)

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-inst-'))
  emu = await startEmulator({ dataDir: dir, local: true, functionsDir: FUNCTIONS, quiet: true, instances: 2 })
  await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().createCollection('things')
})
afterAll(async () => {
  await emu.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('函数在子进程实例里执行：身份、结果与进程内执行相同，并发调用分到不同实例', async () => {
  const r = await call('whoami', { action: 'x' }, 'o-inst-1')
  expect(r.body).toEqual({ openid: 'o-inst-1', appid: expect.any(String), trigger: 'tcb', event: { action: 'x' }, total: 0 })
  expect(r.status).toBe(200)
  expect(r.body).toEqual({ openid: 'o-inst-1', appid: expect.any(String), trigger: 'tcb', event: { action: 'x' }, total: 0 })
  const pids = new Set((await Promise.all(Array.from({ length: 6 }, () => call('instance', { spinMs: 50 })))).map((x) => x.body.pid))
  expect(pids.has(process.pid)).toBe(false)
  expect(pids.size).toBe(2)
})

test('函数里的 CPU 重活不会卡住数据库：忙等 1.5 秒的调用结束之前，数据库请求已经答复', async () => {
  let busyDone = 0
  const busy = call('instance', { spinMs: 1500 }).then((r) => ((busyDone = Date.now()), r))
  await new Promise((r) => setTimeout(r, 100))
  const { total } = await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().collection('things').count()
  const dbDone = Date.now()
  expect(total).toBe(0)
  expect((await busy).status).toBe(200)
  expect(dbDone).toBeLessThan(busyDone)
})

test('实例进程退出：在途调用失败，随后的调用由补起的新实例处理；超时照常按 config.json', async () => {
  const crashed = await call('instance', { exit: true })
  expect(crashed.status).toBe(500)
  expect(crashed.body.code).toBe('FUNCTIONS_EXECUTE_FAIL')
  const again = await Promise.all([call('whoami', {}, 'o-after'), call('whoami', {}, 'o-after-2')])
  expect(again.map((x) => [x.status, x.body.openid ?? x.body.code + ' ' + x.body.message])).toEqual([[200, 'o-after'], [200, 'o-after-2']])
  const slow = await call('slow', {})
  expect(slow.body.code).toBe('FUNCTIONS_TIME_LIMIT_EXCEEDED')
  const missing = await call('nope', {})
  expect(missing.status).toBe(404)
}, 20_000)

test('5,000 层嵌套的事件：函数照常收到并答复；答不出的以平台的错误形状失败；实例不崩溃', async () => {
  const pidSet = async () => new Set((await Promise.all(Array.from({ length: 6 }, () => call('instance', { spinMs: 50 })))).map((x) => x.body.pid))
  const before = await pidSet()
  const deep = (inner: string) => '{"action":"x","payload":' + '{"a":'.repeat(5000) + inner + '}'.repeat(5000) + '}'
  const post = async (name: string, body: string) => {
    const res = await fetch(`${emu.url}/api/functions/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    return { status: res.status, body: await res.json() as any }
  }
  // 函数收到了事件（忙等 1 毫秒后答复所在进程）
  const r = await post('instance', deep('1').replace('"action":"x"', '"spinMs":1'))
  expect(r.status).toBe(200)
  expect(r.body.pid).toEqual(expect.any(Number))
  // 原样返回事件的函数：结果无法序列化 → 平台形状的错误，不是网关崩溃
  const echo = await post('whoami', deep('1'))
  expect(echo.status).toBe(500)
  expect(echo.body).toEqual({ code: 'FUNCTIONS_EXECUTE_FAIL', message: expect.any(String), requestId: expect.any(String) })
  // 实例还在：随后的调用照常
  const after = await call('whoami', {}, 'o-deep')
  expect(after.body.openid).toBe('o-deep')
  expect(await pidSet()).toEqual(before)
})
