/**
 * 考核手册压测：npm run bench:binder [-- --stations 20]
 *
 * 1. 用 esbuild 打包 assessment 函数到 dist/bench/functions（与部署产物同样的打包方式）；
 * 2. 启动本地模拟器 + 函数网关（临时数据目录，本地模式）；
 * 3. 经 SDK 造一个大站点的一整个学年（见 bench/binder-seed.ts）：上一个已结束的学年，全年记录都在库；
 * 4. 站长经 POST /api/functions/assessment 调用 binder.get（冷启动、热各一次），打印耗时与数据库请求数；目标 ≤ 5 s、≤ 60 次；
 * 5. 再造到 N 个站点（默认 20），依次为每站计算一次手册，合计须在一次函数超时（assessment/config.json）之内。
 */
import path from 'path'
import { schoolYearStartOf, shanghaiDate } from '../domain/calendar'
import { CLASSES, DORMS, seedBinderStation } from './binder-seed'
import { arg, bundleFunctions, byActionText, callGateway, ROOT, runBench, statsOf, withBenchEmulator } from './support'

const STATIONS = arg('stations', 20)
const TARGET_MS = 5000
const TARGET_REQUESTS = 60

async function main(): Promise<void> {
  // 函数用自己的时钟；造上一个已完整结束的学年，评估时全年记录都已在库
  const now = new Date()
  const y = schoolYearStartOf(shanghaiDate(now)) - 1
  const SCHOOL_YEAR = `${y}-${y + 1}`
  const fnDir = path.join(ROOT, 'dist', 'bench', 'functions')
  const timeoutS = (await bundleFunctions(['assessment'], fnDir, { minify: true })).assessment
  await withBenchEmulator('binder', { functionsDir: fnDir, local: true }, async (db, url) => {
    const { stats, reset: resetStats } = statsOf(url)
    let t0 = performance.now()
    const big = await seedBinderStation(db, 0, y, now)
    console.log(`binder bench: ${SCHOOL_YEAR} (a full, finished 学年)`)
    console.log(`  seeded 1 station: ${CLASSES} classes, ${DORMS} dorm rooms, ${big.docs} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    const get = (openid: string) => callGateway(url, 'assessment', openid, 'binder.get', { schoolYear: SCHOOL_YEAR })
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
      if (showActions) console.log(`    by action: ${byActionText(s)}`)
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
  })
}

runBench(main)
