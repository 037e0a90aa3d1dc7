/**
 * 崩溃耐久：子进程运行模拟器，经 SDK 连续写入，写到一半 kill -9，在同一数据目录重启，
 * 断言每个已确认（SDK 已收到成功回包）的写入都在。
 */
import { spawn, type ChildProcess } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import readline from 'readline'
import tcb from '@cloudbase/node-sdk'
import { applyCloudEnv } from '../../emulator/env'

const ROOT = path.resolve(__dirname, '../..')
let dir: string
let child: ChildProcess | null = null

function start(): Promise<{ proc: ChildProcess; url: string }> {
  // 直接用 node --import tsx（单进程），kill -9 打到的就是模拟器本身
  const proc = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', '--port', '0', '--data-dir', dir, '--quiet'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  child = proc
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: proc.stdout! })
    rl.on('line', (line) => {
      const m = /^EMULATOR_URL=(.+)$/.exec(line)
      if (m) resolve({ proc, url: m[1] })
    })
    proc.once('exit', () => rl.close())
    proc.once('exit', (code) => reject(new Error(`emulator exited early (${code})`)))
  })
}

function sdk(url: string) {
  applyCloudEnv(`${url}/admin`, false)
  // SDK 只在请求成功时清除它的 3 秒慢请求计时器；被 kill 打断的请求会留下计时器，关掉它
  process.env.SILENCE = 'true'
  return tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database()
}

beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-dur-')) })
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL')
  fs.rmSync(dir, { recursive: true, force: true })
})

test('kill -9 之后重启，所有已确认的写入都在', async () => {
  const first = await start()
  let db = sdk(first.url)
  await db.createCollection('dur')
  await db.collection('dur').add({ _id: 'counter', v: 0 })
  const acked = new Set<string>()
  let ackedCounter = 0
  let attemptedCounter = 0
  let stop = false

  const inserter = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const ids = [`w${w}-${i}-a`, `w${w}-${i}-b`]
      try {
        await db.collection('dur').add(ids.map((_id) => ({ _id, w, i, pad: 'x'.repeat(200) })))
        ids.forEach((id) => acked.add(id))
      } catch {
        return
      }
    }
  }
  const counter = async () => {
    while (!stop) {
      const next = attemptedCounter + 1
      attemptedCounter = next
      try {
        await db.collection('dur').doc('counter').update({ v: next })
        ackedCounter = next
      } catch {
        return
      }
    }
  }
  const writers = [inserter(1), inserter(2), inserter(3), counter()]
  await new Promise((r) => setTimeout(r, 700))
  first.proc.kill('SIGKILL')
  stop = true
  await Promise.all(writers)
  expect(acked.size).toBeGreaterThan(50)

  const second = await start()
  db = sdk(second.url)
  const stored = new Set<string>()
  for (let skip = 0; ; skip += 1000) {
    const { data } = await db.collection('dur').skip(skip).limit(1000).field({ _id: true }).get()
    data.forEach((d) => stored.add(d._id))
    if (data.length < 1000) break
  }
  const missing = [...acked].filter((id) => !stored.has(id))
  expect(missing).toEqual([])
  const v = (await db.collection('dur').doc('counter').get()).data[0].v
  expect(v).toBeGreaterThanOrEqual(ackedCounter)
  expect(v).toBeLessThanOrEqual(attemptedCounter)
  await new Promise((r) => { second.proc.once('exit', r); second.proc.kill('SIGTERM') })
}, 20_000)
