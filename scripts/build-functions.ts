/**
 * 构建云函数：cloudfunctions/ 下每个不以 _ 开头的文件夹 → dist/functions/<name>/
 *   index.js      esbuild 打包（cjs、node18、压缩并保留函数名；@cloudbase/node-sdk、wx-server-sdk 不打包）
 *   package.json  该函数实际引入的运行时包（已安装的版本：发送消息的函数才有 wx-server-sdk）及其 package.json 里声明的依赖
 *   config.json   原样复制（超时、内存、定时触发器、openapi 权限）
 * 用法：tsx scripts/build-functions.ts [--quiet]
 */
import esbuild from 'esbuild'
import fs from 'fs'
import path from 'path'
import { isStale } from './lib/fresh'

const ROOT = path.resolve(__dirname, '..')
const SRC = path.join(ROOT, 'cloudfunctions')
export const FUNCTIONS_OUT = path.join(ROOT, 'dist', 'functions')
const STAMP = '.build-stamp'
/** 部署运行时（cloudbaserc.json 与打包目标一致） */
export const NODE_TARGET = 'node18'

export interface BuiltFunction {
  name: string
  bytes: number
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T
}

/** 可部署的函数名（有 index.ts 的、不以 _ 开头的文件夹） */
export function functionNames(): string[] {
  return fs
    .readdirSync(SRC, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.'))
    .filter((d) => fs.existsSync(path.join(SRC, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort()
}

/** 函数产物是否需要重建（源码、共享契约、规则或构建脚本有改动） */
export function functionsStale(outDir = FUNCTIONS_OUT): boolean {
  const built = functionNames().every((n) => fs.existsSync(path.join(outDir, n, 'index.js')))
  return !built || isStale(path.join(outDir, STAMP), [SRC, path.join(ROOT, 'types'), path.join(ROOT, 'domain'), __filename, path.join(ROOT, 'package-lock.json')])
}

/** 构建全部云函数；任何一个失败即抛出 */
/** 部署时安装、不打包的运行时依赖；每个函数的 package.json 只声明它真正引入的那些 */
export const RUNTIME_PACKAGES = ['@cloudbase/node-sdk', 'wx-server-sdk'] as const

function installedVersion(pkg: string): string {
  return readJson<{ version: string }>(path.join(ROOT, 'node_modules', pkg, 'package.json')).version
}

/** 构建全部云函数；任何一个失败即抛出 */
export async function buildFunctions(opts: { outDir?: string; quiet?: boolean } = {}): Promise<BuiltFunction[]> {
  const outDir = opts.outDir ?? FUNCTIONS_OUT
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.mkdirSync(outDir, { recursive: true })
  const built: BuiltFunction[] = []
  const problems: string[] = []
  for (const name of functionNames()) {
    const dir = path.join(SRC, name)
    const target = path.join(outDir, name)
    // 函数自带的 package.json 可声明额外的运行时依赖（不打包，部署时安装）
    const own = fs.existsSync(path.join(dir, 'package.json'))
      ? readJson<{ dependencies?: Record<string, string> }>(path.join(dir, 'package.json')).dependencies ?? {}
      : {}
    const result = await esbuild.build({
      entryPoints: [path.join(dir, 'index.ts')],
      outfile: path.join(target, 'index.js'),
      bundle: true,
      platform: 'node',
      target: NODE_TARGET,
      format: 'cjs',
      external: [...RUNTIME_PACKAGES, ...Object.keys(own)],
      metafile: true,
      // 压缩约减半体积（冷启动加载更快）；保留函数名，日志里的调用栈仍可读
      minify: true,
      keepNames: true,
      legalComments: 'none',
      logLevel: 'warning',
      charset: 'utf8',
    })
    // 实际引入的运行时包（如只有发送消息的函数引入 wx-server-sdk）
    const imported = new Set(
      Object.values(result.metafile.inputs).flatMap((i) => i.imports.filter((x) => x.external).map((x) => x.path)),
    )
    const dependencies: Record<string, string> = {}
    for (const pkg of RUNTIME_PACKAGES) if (imported.has(pkg)) dependencies[pkg] = installedVersion(pkg)
    Object.assign(dependencies, own)
    const cfgFile = path.join(dir, 'config.json')
    const cfg = fs.existsSync(cfgFile) ? readJson<{ permissions?: { openapi?: string[] } }>(cfgFile) : {}
    if (imported.has('wx-server-sdk') && !cfg.permissions?.openapi?.includes('subscribeMessage.send')) {
      problems.push(`${name} 发送订阅消息，但 config.json 未声明 permissions.openapi: ["subscribeMessage.send"]`)
    }
    fs.writeFileSync(
      path.join(target, 'package.json'),
      JSON.stringify({ name: `xinqiao-${name}`, version: '1.0.0', private: true, main: 'index.js', dependencies }, null, 2) + '\n',
    )
    if (fs.existsSync(cfgFile)) fs.copyFileSync(cfgFile, path.join(target, 'config.json'))
    built.push({ name, bytes: fs.statSync(path.join(target, 'index.js')).size })
  }
  if (problems.length) throw new Error(problems.join('\n'))
  fs.writeFileSync(path.join(outDir, STAMP), new Date().toISOString() + '\n')
  checkCloudbaserc(built.map((b) => b.name), opts.quiet)
  if (!opts.quiet) {
    for (const b of built) console.log(`  ${b.name.padEnd(14)} ${(b.bytes / 1024).toFixed(1).padStart(8)} KB`)
    console.log(`built ${built.length} functions → ${path.relative(ROOT, outDir)}`)
  }
  return built
}

/** cloudbaserc.json 是否列出了每个函数，且超时/触发器与 config.json 一致（只提示，不失败） */
function checkCloudbaserc(names: string[], quiet?: boolean): void {
  const rcFile = path.join(ROOT, 'cloudbaserc.json')
  if (!fs.existsSync(rcFile)) return
  const rc = readJson<{ functions?: { name: string; timeout?: number; triggers?: unknown[] }[] }>(rcFile)
  const problems: string[] = []
  for (const name of names) {
    const entry = rc.functions?.find((f) => f.name === name)
    const cfgFile = path.join(SRC, name, 'config.json')
    const cfg = fs.existsSync(cfgFile) ? readJson<{ timeout?: number; triggers?: unknown[] }>(cfgFile) : {}
    if (!entry) problems.push(`${name} 未列在 cloudbaserc.json`)
    else {
      if (cfg.timeout !== undefined && entry.timeout !== cfg.timeout) problems.push(`${name} timeout ${entry.timeout} ≠ config.json ${cfg.timeout}`)
      if (JSON.stringify(entry.triggers ?? []) !== JSON.stringify(cfg.triggers ?? [])) problems.push(`${name} triggers 与 config.json 不一致`)
    }
  }
  if (problems.length && !quiet) console.warn(`cloudbaserc.json 需要更新：\n  ${problems.join('\n  ')}`)
}

if (require.main === module) {
  buildFunctions({ quiet: process.argv.includes('--quiet') }).catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
