/**
 * 小程序包体积：生产构建 dist/weapp 后，统计主包与每个分包的字节数。
 *   主包 = 不在任何分包根目录下的全部文件（与微信的计算方式一致；开发者工具配置文件除外）。
 *   主包超过 400 KB（本项目预算）、或任一包超过微信上限 2 MB 时失败。
 * 用法：tsx scripts/size.ts [--no-build] [--json]
 */
import fs from 'fs'
import path from 'path'
import { runProductionBuild } from './lib/build'

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

if (require.main === module) {
  const args = process.argv.slice(2)
  if (!args.includes('--no-build')) {
    const started = Date.now()
    try {
      runProductionBuild('build:weapp')
    } catch (e) {
      console.error((e as Error).message)
      process.exit(1)
    }
    console.log(`生产构建 weapp：${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  const sizes = measure()
  const total = sizes.reduce((a, s) => a + s.bytes, 0)
  if (args.includes('--json')) {
    console.log(JSON.stringify({ sizes, total }, null, 2))
  } else {
    for (const s of sizes) console.log(`${(s.name === 'main' ? '主包' : `分包 ${s.name}`).padEnd(20)} ${String(s.bytes).padStart(9)} B  ${kb(s.bytes).padStart(10)}  ${s.files} 个文件`)
    console.log(`${'合计'.padEnd(20)} ${String(total).padStart(9)} B  ${kb(total).padStart(10)}`)
  }
  const problems: string[] = []
  if (sizes[0].bytes > MAIN_BUDGET) problems.push(`主包 ${kb(sizes[0].bytes)} 超过预算 ${kb(MAIN_BUDGET)}`)
  for (const s of sizes) if (s.bytes > PACKAGE_LIMIT) problems.push(`${s.name} ${kb(s.bytes)} 超过微信单包上限 2 MB`)
  if (problems.length) {
    console.error(problems.join('\n'))
    process.exit(1)
  }
}
