/**
 * 小程序包体积与上线前检查：生产构建 dist/weapp 后，在同一次运行里
 *   1. 统计主包与每个分包的字节数。主包 = 不在任何分包根目录下的全部文件（与微信的计算方式一致；开发者工具配置文件除外）。
 *      主包超过 400 KB（本项目预算）、或任一包超过微信上限 2 MB 时失败（本脚本与微信 analyseCode 的统计都要满足）；
 *   2. 每个产物 .js 按 ES2017 解析（scripts/lib/weapp-checks.ts）；
 *   3. 微信 miniprogram-ci 的 checkCodeQuality（每一项都要通过）与 analyseCode（不能有找不到的依赖）。
 * 任一项不满足时退出码为 1。用法：tsx scripts/size.ts [--no-build] [--json]
 */
import fs from 'fs'
import path from 'path'
import { runProductionBuild } from './lib/build'
import { checkEs2017, runWechatChecks } from './lib/weapp-checks'

const ROOT = path.resolve(__dirname, '..')
const OUT = path.join(ROOT, 'dist', 'weapp')
/** 本项目主包预算 */
export const MAIN_BUDGET = 400 * 1024
/** 微信对单个包（主包或分包）的上限 */
export const PACKAGE_LIMIT = 2 * 1024 * 1024
/** 不计入代码包的开发者工具配置 */
const IGNORED = new Set(['project.config.json', 'project.private.config.json'])

export interface PackageSize {
  name: string
  root: string
  bytes: number
  files: number
}

function walk(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    return d.isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')]
  })
}

/** 按 app.json 的分包划分统计 dist/weapp */
export function measure(outDir = OUT): PackageSize[] {
  const app = JSON.parse(fs.readFileSync(path.join(outDir, 'app.json'), 'utf8')) as { subPackages?: { root: string; name?: string }[] }
  const subs = (app.subPackages ?? []).map((s) => ({ name: s.name ?? s.root, root: s.root.replace(/\/?$/, '/') }))
  const sizes: PackageSize[] = [{ name: 'main', root: '', bytes: 0, files: 0 }, ...subs.map((s) => ({ name: s.name, root: s.root, bytes: 0, files: 0 }))]
  for (const file of walk(outDir)) {
    if (IGNORED.has(file)) continue
    const bytes = fs.statSync(path.join(outDir, file)).size
    const target = sizes.find((s) => s.root && file.startsWith(s.root)) ?? sizes[0]
    target.bytes += bytes
    target.files += 1
  }
  return sizes
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

async function main(args: string[]): Promise<number> {
  if (!args.includes('--no-build')) {
    const started = Date.now()
    try {
      runProductionBuild('build:weapp')
    } catch (e) {
      console.error((e as Error).message)
      return 1
    }
    console.log(`生产构建 weapp：${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  const sizes = measure()
  const total = sizes.reduce((a, s) => a + s.bytes, 0)
  const syntax = checkEs2017(OUT)
  const wechat = await runWechatChecks(OUT)
  if (args.includes('--json')) {
    console.log(JSON.stringify({ sizes, total, syntax, wechat }, null, 2))
  } else {
    for (const s of sizes) console.log(`${(s.name === 'main' ? '主包' : `分包 ${s.name}`).padEnd(20)} ${String(s.bytes).padStart(9)} B  ${kb(s.bytes).padStart(10)}  ${s.files} 个文件`)
    console.log(`${'合计'.padEnd(20)} ${String(total).padStart(9)} B  ${kb(total).padStart(10)}`)
    console.log(`ES2017 语法：${syntax.checked} 个 .js，${syntax.problems.length} 个解析失败`)
    console.log(`微信 analyseCode：${Object.entries(wechat.packages).map(([k, v]) => `${k === '__APP__' ? '主包' : k} ${v} B`).join('，')}`)
    // text 是检查项的说明（失败时即问题描述），只在失败时打印
    for (const q of wechat.quality) console.log(`微信代码质量 ${q.success ? '✓' : '✗'} ${q.name}${q.success ? '' : `  ${q.text}`}`)
  }
  const problems: string[] = []
  if (sizes[0].bytes > MAIN_BUDGET) problems.push(`主包 ${kb(sizes[0].bytes)} 超过预算 ${kb(MAIN_BUDGET)}`)
  for (const s of sizes) if (s.bytes > PACKAGE_LIMIT) problems.push(`${s.name} ${kb(s.bytes)} 超过微信单包上限 2 MB`)
  for (const [name, bytes] of Object.entries(wechat.packages)) {
    const main = name === '__APP__'
    if (bytes > (main ? MAIN_BUDGET : PACKAGE_LIMIT)) problems.push(`微信 analyseCode：${main ? '主包' : name} ${kb(bytes)} 超过${main ? `预算 ${kb(MAIN_BUDGET)}` : '单包上限 2 MB'}`)
  }
  for (const p of syntax.problems) problems.push(`${p.file} 不是 ES2017：${p.message}`)
  for (const q of wechat.quality) if (!q.success) problems.push(`微信代码质量检查未通过：${q.name}（${q.text}）`)
  for (const m of wechat.missing) problems.push(`微信 analyseCode：找不到依赖 ${m}`)
  if (problems.length) {
    console.error(problems.join('\n'))
    return 1
  }
  return 0
}

if (require.main === module) {
  // miniprogram-ci 的 analyseCode 会留下文件监听，检查完必须显式退出
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e)
      process.exit(1)
    },
  )
}
