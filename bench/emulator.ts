/**
 * 模拟器基准：npm run bench:emulator [-- --in-process]
 * 默认把模拟器作为子进程启动（与 npm run emulator 相同），本进程经真实 SDK 发请求；
 * --in-process 则与测试一样在同一进程内启动。
 */
import { spawn, type ChildProcess } from 'child_process'
import fs from 'fs'
import http from 'http'
import os from 'os'
import path from 'path'
import readline from 'readline'
import tcb from '@cloudbase/node-sdk'
import { applyCloudEnv } from '../emulator/env'
import { startEmulator } from '../emulator/server'

const ROOT = path.resolve(__dirname, '..')
const inProcess = process.argv.includes('--in-process')

async function start(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  if (inProcess) {
    const emu = await startEmulator({ dataDir: dir, quiet: true })
    return { url: emu.url, stop: () => emu.close() }
  }
  const proc: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', '--port', '0', '--data-dir', dir, '--quiet'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: proc.stdout! }).on('line', (l) => { const m = /^EMULATOR_URL=(.+)$/.exec(l); if (m) resolve(m[1]) })
    proc.once('exit', (c) => reject(new Error(`emulator exited (${c})`)))
  })
  applyCloudEnv(`${url}/admin`, false)
  return { url, stop: () => new Promise((r) => { proc.once('exit', () => r()); proc.kill('SIGTERM') }) }
}

const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const median = (xs: number[]) => pct(xs, 50)

/** 20 个并发的 keep-alive HTTP 客户端，各发 150 个请求 */
async function rawLatency(url: string, body: (i: number) => string): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 20 })
  const post = (b: string) => new Promise<void>((resolve, reject) => {
    const r = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => { res.resume(); res.on('end', () => resolve()) })
    r.on('error', reject)
    r.end(b)
  })
  const lat: number[] = []
  await Promise.all(Array.from({ length: 20 }, async (_, w) => {
    for (let i = 0; i < 150; i++) { const s = process.hrtime.bigint(); await post(body(w * 150 + i)); lat.push(ms(s)) }
  }))
  agent.destroy()
  return lat
}
const f1 = (x: number) => x.toFixed(1)

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-bench-'))
  const emu = await start(dir)
  const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database()
  const $ = db.command.aggregate
  const results: Record<string, string> = {}
  try {
    // 1. 10,000 条插入，每批 100
    await db.createCollection('ins')
    let t = process.hrtime.bigint()
    for (let b = 0; b < 100; b++) {
      await db.collection('ins').add(Array.from({ length: 100 }, (_, i) => ({ b, i, name: `学生${b * 100 + i}`, at: new Date() })))
    }
    const insMs = ms(t)
    results['10,000 inserts (batches of 100)'] = `${Math.round(insMs)} ms total, ${Math.round(10000 / (insMs / 1000))} docs/s`

    // 2. 50,000 条的集合上等值查询取 1000 条
    await db.createCollection('big')
    for (let b = 0; b < 50; b++) {
      await db.collection('big').add(Array.from({ length: 1000 }, (_, i) => {
        const n = b * 1000 + i
        return { k: `g${n % 50}`, cls: `c${n % 20}`, score: n % 100, n, name: `学生${n}`, at: new Date(1_700_000_000_000 + n * 1000) }
      }))
    }
    t = process.hrtime.bigint()
    const first = await db.collection('big').where({ k: 'g7' }).limit(1000).get()
    const coldMs = ms(t)
    if (first.data.length !== 1000) throw new Error(`expected 1000 rows, got ${first.data.length}`)
    const eq: number[] = []
    for (let r = 0; r < 10; r++) {
      t = process.hrtime.bigint()
      await db.collection('big').where({ k: `g${r}` }).limit(1000).get()
      eq.push(ms(t))
    }
    results['1000-row equality query on 50,000 docs'] = `first ${f1(coldMs)} ms (loads cache + builds index), then median ${f1(median(eq))} ms, max ${f1(Math.max(...eq))} ms`
    const scan: number[] = []
    for (let r = 0; r < 5; r++) {
      t = process.hrtime.bigint()
      await db.collection('big').where({ score: db.command.lt(2) }).limit(1000).get()
      scan.push(ms(t))
    }
    results['1000-row range query (full scan) on 50,000 docs'] = `median ${f1(median(scan))} ms`

    // 3. $group 覆盖 50,000 条
    const grp: number[] = []
    for (let r = 0; r < 5; r++) {
      t = process.hrtime.bigint()
      const g = await db.collection('big').aggregate().group({ _id: '$cls', n: $.sum(1), avg: $.avg('$score') }).limit(100).end()
      grp.push(ms(t))
      if (g.data.length !== 20) throw new Error('bad group result')
    }
    results['$group over 50,000 docs'] = `median ${f1(median(grp))} ms, max ${f1(Math.max(...grp))} ms`

    // 4. 20 个并发客户端的单文档 get
    const ids = (await db.collection('ins').limit(1000).field({ _id: true }).get()).data.map((d) => d._id as string)
    const lat: number[] = []
    t = process.hrtime.bigint()
    await Promise.all(Array.from({ length: 20 }, async (_, w) => {
      for (let i = 0; i < 150; i++) {
        const s = process.hrtime.bigint()
        const r = await db.collection('ins').doc(ids[(w * 150 + i) % ids.length]).get()
        lat.push(ms(s))
        if (r.data.length !== 1) throw new Error('missing doc')
      }
    }))
    const wall = ms(t)
    results['single-doc get, 20 concurrent clients'] = `p50 ${f1(pct(lat, 50))} ms, p95 ${f1(pct(lat, 95))} ms, p99 ${f1(pct(lat, 99))} ms (${lat.length} requests, ${Math.round(lat.length / (wall / 1000))} req/s)`

    // 每个请求消耗的 CPU（与机器负载无关）：串行 2000 次单文档 get
    const serverCpu = async () => ((await (await fetch(`${emu.url}/emulator/health`)).json()) as { cpuMicros: number }).cpuMicros
    const s0 = await serverCpu()
    const c0 = process.cpuUsage()
    for (let i = 0; i < 2000; i++) await db.collection('ins').doc(ids[i % ids.length]).get()
    const c1 = process.cpuUsage(c0)
    const s1 = await serverCpu()
    const clientUs = (c1.user + c1.system) / 2000
    const serverUs = (s1 - s0) / 2000
    results['  CPU per single-doc get (serial)'] = inProcess
      ? `${Math.round(clientUs)} µs SDK client + emulator (same process)`
      : `${Math.round(clientUs)} µs in the SDK client, ${Math.round(serverUs)} µs in the emulator`

    // 对照：同样 20 并发，不经 SDK 的裸 HTTP（分离 SDK 客户端开销），以及一个什么都不做的 HTTP 服务（机器本身的噪声）
    const raw = await rawLatency(`${emu.url}/admin`, (i) => JSON.stringify({ action: 'database.getDocument', collectionName: 'ins', query: JSON.stringify({ _id: ids[i % ids.length] }), limit: 1 }))
    results['  same, raw HTTP without the SDK'] = `p50 ${f1(pct(raw, 50))} ms, p95 ${f1(pct(raw, 95))} ms`
    const echo = http.createServer((req, res) => { req.resume(); req.on('end', () => res.end('{}')) })
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', () => r()))
    const base = await rawLatency(`http://127.0.0.1:${(echo.address() as { port: number }).port}/`, () => '{}')
    echo.close()
    results['  baseline: empty HTTP server, same client'] = `p50 ${f1(pct(base, 50))} ms, p95 ${f1(pct(base, 95))} ms (load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')})`
  } finally {
    await emu.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  console.log(`Emulator benchmark (${inProcess ? 'in-process' : 'emulator in a child process'}, node ${process.version}, ${os.cpus().length} cores)`)
  for (const [k, v] of Object.entries(results)) console.log(`- ${k}: ${v}`)
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1) })
