/**
 * 名册导入基准：5000 名学生经真实 SDK 写入本地模拟器。
 *   npx tsx bench/roster-import.ts
 * 依次测：首次导入（XLSX，全部新增）、原样重新导入（全部未变化）、全部改名后重新导入（全部更新）。
 */
import { createMain } from '../cloudfunctions/_lib/handler'
import { actions } from '../cloudfunctions/identity'
import { callAs, startTestEnv } from '../test/support/env'
import { FIXTURE_NOW, seedFixture } from '../test/support/fixtures'
import { b64, csvOf, HEADER, students, xlsxOf } from '../test/functions/identity/roster-files'

async function run(): Promise<void> {
  const env = await startTestEnv()
  try {
    const f = await seedFixture(env.db)
    const main = createMain(actions, { clock: () => FIXTURE_NOW })
    const rows = students(5000)
    const timed = async (label: string, filename: string, data: Buffer | string) => {
      const t0 = Date.now()
      const r = await callAs(main, f.openids.head, { action: 'roster.import', payload: { filename, fileBase64: b64(data) } })
      const ms = Date.now() - t0
      if (!r.ok) throw new Error(JSON.stringify(r.error).slice(0, 500))
      const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length
      console.log(`| ${label} | ${(size / 1024).toFixed(0)} KB | ${r.data.added} / ${r.data.updated} / ${r.data.unchanged} | ${ms} ms |`)
    }
    console.log('| 场景 | 文件 | 新增 / 更新 / 未变化 | 耗时 |')
    console.log('|---|---|---|---|')
    await timed('首次导入 5000 人（XLSX）', 'roster.xlsx', await xlsxOf([HEADER, ...rows]))
    await timed('原样重新导入（CSV）', 'roster.csv', csvOf([HEADER, ...rows]))
    await timed('全部改名后重新导入（CSV）', 'roster.csv', csvOf([HEADER, ...rows.map((r) => [r[0], `${r[1]}改`, ...r.slice(2)])]))
  } finally {
    await env.close()
  }
}

run().catch((e) => {
  console.error(e)
  process.exit(1)
})
