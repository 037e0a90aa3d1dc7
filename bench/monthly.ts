/**
 * 月报压测：npm run bench:monthly [-- --stations 20 --months 2]
 *
 * 1. 用 esbuild 打包 reports、jobs 函数到 dist/bench/functions（与部署产物同样的打包方式）；
 * 2. 启动本地模拟器 + 函数网关（临时数据目录，本地模式）；
 * 3. 经 SDK 造一个大站点（见 bench/monthly-seed.ts），月份为上个月（北京时间），默认连同上上月一起造（趋势对比）；
 * 4. 站长经 POST /api/functions/reports 调用 monthly.generate：没有上月月报时（冷启动、热）与
 *    上月月报已存在的稳态各两次，打印耗时与数据库请求数（模拟器 /emulator/stats）；目标 ≤ 3 s、≤ 40 次；
 * 5. 再造到 N 个站点（默认 20，各有上月月报；--no-previous-reports 则没有），以定时触发（无 openid）调用 jobs 函数的 draftMonthly：
 *    每次调用都须在 jobs/config.json 的超时（60 s）内结束，超出时间预算的站点由下一次触发补齐；打印每次与合计。
 */
import path from 'path'
import { previousMonth, shanghaiMonth } from '../domain/calendar'
import { timerEvent } from '../emulator/cron'
import { Functions } from '../emulator/gateway'
import { CLASSES, DORMS, seedStation } from './monthly-seed'
import { arg, bundleFunctions, byActionText, callGateway, ROOT, runBench, statsOf, withBenchEmulator } from './support'

const STATIONS = arg('stations', 20)
/** --no-previous-reports：学校场景中各站没有上月月报（上线第一个月），趋势由上月记录计算 */
const PREVIOUS_REPORTS = !process.argv.includes('--no-previous-reports')
const MONTHS = arg('months', 2)
const TARGET_MS = 3000
const TARGET_REQUESTS = 40

async function main(): Promise<void> {
  const now = new Date()
  const month = previousMonth(shanghaiMonth(now))
  const months = MONTHS >= 2 ? [previousMonth(month), month] : [month]
  const fnDir = path.join(ROOT, 'dist', 'bench', 'functions')
  const jobsTimeout = (await bundleFunctions(['reports', 'jobs'], fnDir, { minify: true })).jobs
  await withBenchEmulator('monthly', { functionsDir: fnDir, local: true }, async (db, url) => {
    const { stats, reset: resetStats } = statsOf(url)
    let t0 = performance.now()
    const big = await seedStation(db, 0, months, now)
    console.log(`monthly report bench: month ${month} (data for ${months.join(' + ')})`)
    console.log(`  seeded 1 station: ${CLASSES} classes, ${DORMS} dorm rooms, ${big.docs} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

    const generate = (openid: string, m: string) => callGateway(url, 'reports', openid, 'monthly.generate', { month: m })
    let pass = true
    const measure = async (label: string, showActions: boolean) => {
      await resetStats()
      t0 = performance.now()
      const body = await generate(big.headOpenid, month)
      const ms = performance.now() - t0
      const s = await stats()
      const d = body.data
      const ok = ms <= TARGET_MS && s.total <= TARGET_REQUESTS
      pass &&= ok
      console.log(`  ${label}: ${ms.toFixed(0)} ms, ${s.total} db requests ${ok ? 'OK' : 'OVER TARGET'}`
        + `  [reports ${d.sections.submission.total.submitted}/${d.sections.submission.total.expected}, concerns ${d.sections.concerns.entries}, talks ${d.sections.talks.total}, roll calls ${d.sections.rollCalls.recorded}, cases ${d.cases.length}, trend from ${d.sections.previousSource}, response ${(JSON.stringify(body).length / 1024).toFixed(0)} KB]`)
      if (showActions) console.log(`    by action: ${byActionText(s)}`)
    }
    // 首个月（没有上月月报：上月指标由上月记录计算，读两个月的记录）
    await measure('generate, no previous report, cold function', true)
    await measure('generate, no previous report, warm', false)
    // 稳态：上月月报已存在（定时任务上月 1 日起草过）
    if (MONTHS >= 2) {
      await generate(big.headOpenid, previousMonth(month))
      await measure('generate, previous report exists', true)
      await measure('generate, previous report exists', false)
    }

    if (STATIONS > 1) {
      t0 = performance.now()
      const heads = [big.headOpenid]
      for (let i = 1; i < STATIONS; i++) heads.push((await seedStation(db, i, months, now)).headOpenid)
      // 稳态：各站上月月报已存在
      if (MONTHS >= 2 && PREVIOUS_REPORTS) for (const h of heads.slice(1)) await generate(h, previousMonth(month))
      console.log(`  seeded ${STATIONS - 1} more stations${PREVIOUS_REPORTS ? ` (and their ${previousMonth(month)} reports)` : ' (no previous reports)'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
      const fns = new Functions(fnDir)
      let drafted = 0
      let invocations = 0
      let totalMs = 0
      let totalRequests = 0
      let failed = 0
      // 一次调用在时间预算内开始新站点，剩下的由 5 分钟后的下一次触发补齐
      while (drafted < STATIONS && invocations < 4) {
        await resetStats()
        t0 = performance.now()
        const r = (await fns.invoke('jobs', { ...timerEvent('draftMonthly'), TriggerName: 'draftMonthly' }, null)) as { ok: boolean; data?: any; error?: unknown }
        const ms = performance.now() - t0
        const s = await stats()
        if (!r.ok) throw new Error(`jobs failed: ${JSON.stringify(r.error)}`)
        const out = r.data.jobs.draftMonthly.data
        invocations++
        drafted += out.created + out.updated
        failed += out.failed
        totalMs += ms
        totalRequests += s.total
        pass &&= ms < jobsTimeout * 1000
        console.log(`  timer draftMonthly #${invocations}: ${(ms / 1000).toFixed(1)} s (function timeout ${jobsTimeout} s), ${s.total} db requests, created ${out.created}, updated ${out.updated}, fresh ${out.fresh}, deferred ${out.deferred}, failed ${out.failed}`)
        if (out.deferred === 0) break
      }
      const ok = drafted === STATIONS && failed === 0
      pass &&= ok
      console.log(`  school of ${STATIONS} stations: ${drafted} drafted in ${invocations} invocation(s), ${(totalMs / 1000).toFixed(1)} s, ${totalRequests} db requests (${(totalRequests / STATIONS).toFixed(1)}/station) ${ok ? 'OK' : 'FAILED'}`)
    }
    console.log(`  ${pass ? 'OK' : 'FAILED'}: targets ≤ ${TARGET_MS} ms and ≤ ${TARGET_REQUESTS} db requests per station report; school drafted within the jobs timeout`)
    process.exitCode = pass ? 0 : 1
  })
}

runBench(main)
