/**
 * 考核手册压测：npm run bench:binder [-- --stations 20]
 *
 * 1. 用 esbuild 打包 assessment 函数到 dist/bench/functions（与部署产物同样的打包方式）；
 * 2. 启动本地模拟器 + 函数网关（临时数据目录，本地模式）；
 * 3. 经 SDK 造一个大站点的一整个学年（见 bench/binder-seed.ts）：上一个已结束的学年，全年记录都在库；
 * 4. 站长经 POST /api/functions/assessment 调用 binder.get（冷启动、热各一次），打印耗时与数据库请求数；目标 ≤ 5 s、≤ 60 次；
 * 5. 再造到 N 个站点（默认 20），依次为每站计算一次手册，合计须在一次函数超时（assessment/config.json）之内。
 */
import esbuild from 'esbuild'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { schoolYearStartOf, shanghaiDate } from '../domain/calendar'
import { startEmulator } from '../emulator/server'
import { ALL_COLLECTIONS } from '../cloudfunctions/_lib/collections'
import { db as sdkDb, resetCloud } from '../cloudfunctions/_lib/sdk'
import { CLASSES, DORMS, seedBinderStation } from './binder-seed'

const ROOT = path.resolve(__dirname, '..')
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}
const STATIONS = arg('stations', 20)
const TARGET_MS = 5000
const TARGET_REQUESTS = 60

async function bundle(outDir: string): Promise<number> {
  fs.rmSync(outDir, { recursive: true, force: true })
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'cloudfunctions', 'assessment', 'index.ts')],
    outfile: path.join(outDir, 'assessment', 'index.js'),
    bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify: true, keepNames: true,
    external: ['@cloudbase/node-sdk'], logLevel: 'warning', charset: 'utf8', legalComments: 'none',
  })
  fs.copyFileSync(path.join(ROOT, 'cloudfunctions', 'assessment', 'config.json'), path.join(outDir, 'assessment', 'config.json'))
  return JSON.parse(fs.readFileSync(path.join(outDir, 'assessment', 'config.json'), 'utf8')).timeout as number
}

async function main(): Promise<void> {
  // 函数用自己的时钟；造上一个已完整结束的学年，评估时全年记录都已在库
  const now = new Date()
  const y = schoolYearStartOf(shanghaiDate(now)) - 1
  const SCHOOL_YEAR = `${y}-${y + 1}`
  const fnDir = path.join(ROOT, 'dist', 'bench', 'functions')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinqiao-bench-binder-'))
  const timeoutS = await bundle(fnDir)
  const emu = await startEmulator({ port: 0, dataDir, functionsDir: fnDir, local: true, quiet: true })
  const stats = async () => ((await (await fetch(`${emu.url}/emulator/stats`)).json()) as { total: number; byAction: Record<string, number> })
  const resetStats = () => fetch(`${emu.url}/emulator/stats/reset`, { method: 'POST' })
  try {
    resetCloud()
    const db = sdkDb()
    for (const c of ALL_COLLECTIONS) await db.createCollection(c)
    let t0 = performance.now()
    const big = await seedBinderStation(db, 0, y, now)
    console.log(`binder bench: ${SCHOOL_YEAR} (a full, finished 学年)`)
    console.log(`  seeded 1 station: ${CLASSES} classes, ${DORMS} dorm rooms, ${big.docs} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    const get = async (openid: string) => {
      const res = await fetch(`${emu.url}/api/functions/assessment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
        body: JSON.stringify({ action: 'binder.get', payload: { schoolYear: SCHOOL_YEAR } }),
      })
      const body = (await res.json()) as { ok: boolean; data?: any; error?: unknown }
      if (!body.ok) throw new Error(`binder.get failed: ${JSON.stringify(body.error)}`)
      return body
    }
    let pass = true
    const measure = async (label: string, showActions: boolean) => {
      await resetStats()
      t0 = performance.now()
      const body = await get(big.headOpenid)
      const ms = performance.now() - t0
      const s = await stats()
      const ok = ms <= TARGET_MS && s.total <= TARGET_REQUESTS
      pass &&= ok
      const d = body.data
      console.log(`  ${label}: ${ms.toFixed(0)} ms, ${s.total} db requests ${ok ? 'OK' : 'OVER TARGET'}`
        + `  [suggested ${d.suggestion.total} (${d.suggestion.gradeLabel}), missing ${d.missing.length}, talks ${d.indicators.perTerm.map((t: any) => t.talks).join('+')}, response ${(JSON.stringify(body).length / 1024).toFixed(0)} KB]`)
      if (showActions) console.log(`    by action: ${Object.entries(s.byAction).map(([k, v]) => `${k.replace('database.', '')} ${v}`).join(', ')}`)
    }
    await measure('binder.get, cold function', true)
    await measure('binder.get, warm', false)

    if (STATIONS > 1) {
      t0 = performance.now()
      const heads = [big.headOpenid]
      for (let i = 1; i < STATIONS; i++) heads.push((await seedBinderStation(db, i, y, now)).headOpenid)
      console.log(`  seeded ${STATIONS - 1} more stations in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
      await resetStats()
      t0 = performance.now()
      for (const h of heads) await get(h)
      const ms = performance.now() - t0
      const s = await stats()
      const ok = ms <= timeoutS * 1000
      pass &&= ok
      console.log(`  ${STATIONS} stations, one binder each in turn: ${(ms / 1000).toFixed(1)} s (function timeout ${timeoutS} s), ${s.total} db requests ${ok ? 'OK' : 'OVER TARGET'}`)
    }
    if (!pass) process.exitCode = 1
  } finally {
    await emu.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
