/**
 * 压测脚本共用的准备：命令行数字参数、按部署产物的方式打包函数、在临时数据目录里启动本地模拟器并建好全部集合、
 * 数据库请求计数（模拟器 /emulator/stats）、脚本入口（失败时退出码 1）。
 */
import esbuild from 'esbuild'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { startEmulator, type EmulatorOptions } from '../emulator/server'
import { ALL_COLLECTIONS } from '../cloudfunctions/_lib/collections'
import { db as sdkDb, resetCloud, type Database } from '../cloudfunctions/_lib/sdk'

export const ROOT = path.resolve(__dirname, '..')

/** --name N（没有时为 dflt） */
export function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}

/** 用 esbuild 打包这些函数到 outDir（与部署产物同样的打包方式），连同 config.json；返回各函数 config.json 的超时（秒） */
export async function bundleFunctions(names: string[], outDir: string, opts: { minify?: boolean } = {}): Promise<Record<string, number>> {
  fs.rmSync(outDir, { recursive: true, force: true })
  const timeouts: Record<string, number> = {}
  for (const fn of names) {
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'cloudfunctions', fn, 'index.ts')],
      outfile: path.join(outDir, fn, 'index.js'),
      bundle: true, platform: 'node', target: 'node18', format: 'cjs',
      ...(opts.minify ? { minify: true, keepNames: true, legalComments: 'none' as const } : {}),
      external: ['@cloudbase/node-sdk'], logLevel: 'warning', charset: 'utf8',
    })
    const config = path.join(ROOT, 'cloudfunctions', fn, 'config.json')
    fs.copyFileSync(config, path.join(outDir, fn, 'config.json'))
    timeouts[fn] = JSON.parse(fs.readFileSync(config, 'utf8')).timeout as number
  }
  return timeouts
}

export interface Stats {
  total: number
  byAction: Record<string, number>
}

/** 模拟器的数据库请求计数 */
export function statsOf(url: string): { stats(): Promise<Stats>; reset(): Promise<unknown> } {
  return {
    stats: async () => (await (await fetch(`${url}/emulator/stats`)).json()) as Stats,
    reset: () => fetch(`${url}/emulator/stats/reset`, { method: 'POST' }),
  }
}

/** 经函数网关调用（本地模式的 x-dev-openid 登录）；失败时抛出 */
export async function callGateway(url: string, fn: string, openid: string, action: string, payload: unknown): Promise<{ ok: true; data?: any }> {
  const res = await fetch(`${url}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
    body: JSON.stringify({ action, payload }),
  })
  const body = (await res.json()) as { ok: boolean; data?: any; error?: unknown }
  if (!body.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(body.error)}`)
  return body as { ok: true; data?: any }
}

/** 按数据库操作的分项：'getDocument 3, aggregateDocuments 1' */
export const byActionText = (s: Stats): string => Object.entries(s.byAction).map(([k, v]) => `${k.replace('database.', '')} ${v}`).join(', ')

/** 一个临时数据目录（用完即删） */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `xinqiao-bench-${prefix}-`))
  try {
    return await fn(dir)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** SDK 指向当前的模拟器（环境变量已由模拟器设好），建好全部集合 */
export async function prepareDatabase(): Promise<Database> {
  resetCloud()
  const db = sdkDb()
  for (const c of ALL_COLLECTIONS) await db.createCollection(c)
  return db
}

/** 临时数据目录里的本地模拟器（进程内，用完即关、即删），SDK 指向它并建好全部集合 */
export async function withBenchEmulator<T>(
  prefix: string,
  opts: Omit<EmulatorOptions, 'dataDir' | 'port' | 'quiet'>,
  fn: (db: Database, url: string) => Promise<T>,
): Promise<T> {
  return withTempDir(prefix, async (dataDir) => {
    const emu = await startEmulator({ ...opts, port: 0, dataDir, quiet: true })
    try {
      return await fn(await prepareDatabase(), emu.url)
    } finally {
      await emu.close()
    }
  })
}

/** 脚本入口：未捕获的错误打印后以 1 退出 */
export function runBench(main: () => Promise<void>): void {
  main().catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
