/**
 * 本地一键启动（npm start）：
 *   1. 云函数或 H5 产物缺失/过期则先构建；
 *   2. 启动本地模拟器（本地模式 + 定时触发），在 / 提供 H5 应用；
 *   3. 确保所有集合存在；数据库为空时写入演示数据；
 *   4. 打印应用地址、数据库地址与各演示身份的进入方式。
 * E2E 的 globalSetup 复用这里导出的 startApp()。
 */
import fs from 'fs'
import path from 'path'
import { ALL_COLLECTIONS, COLLECTIONS } from '../cloudfunctions/_lib/collections'
import { db as cloudDb, resetCloud, type Database } from '../cloudfunctions/_lib/sdk'
import { startEmulator, type Emulator } from '../emulator/server'
import { runProductionBuild } from './lib/build'
import type { MeOutput } from '../types/api/identity'
import { ROLE_LABELS, type Role } from '../types/domain'
import type { DevUser } from '../types/dev'
import type { Result } from '../types/result'
import { buildFunctions, functionsStale } from './build-functions'
import { isStale } from './lib/fresh'
import { withLock } from './lib/lock'

const ROOT = path.resolve(__dirname, '..')
const H5_OUT = path.join(ROOT, 'dist', 'h5')
const FUNCTIONS_DIR = path.join(ROOT, 'dist', 'functions')
const BUILD_LOCK = path.join(ROOT, '.cache', 'build.lock')
const ROLE_ORDER: Role[] = ['head', 'counselor', 'committee', 'observer', 'center']

export interface StartOptions {
  /** 端口；0 = 随机空闲端口。默认 $PORT 或 8787 */
  port?: number
  /** 数据目录，默认 $DATA_DIR 或 .data */
  dataDir?: string
  /** 按云函数 config.json 的定时触发器运行（默认 true） */
  cron?: boolean
  /** 产物过期时先构建（默认 true） */
  build?: boolean
  /** 数据库为空时写入演示数据（默认 true） */
  seed?: boolean
  /** 少打印（测试用） */
  quiet?: boolean
  /**
   * 把构建产物复制一份再提供（E2E 用）：同一工作区里别人重新构建 dist/ 时不影响本次运行。
   * 副本放在仓库内的 .cache/ 下，云函数仍能解析到 node_modules。
   */
  snapshot?: boolean
}

export interface StartedApp {
  emulator: Emulator
  /** 应用地址（H5） */
  url: string
  /** 数据库地址（TCB_CONTEXT_CNFG 的 URL） */
  dbUrl: string
  /** 本次是否写入了演示数据 */
  seeded: boolean
  /** 可用于开发登录的演示身份 */
  devUsers(): Promise<DevUser[]>
  close(): Promise<void>
}

/** H5 产物是否需要重建 */
export function h5Stale(): boolean {
  const inputs = ['src', 'types', 'domain', 'config', 'babel.config.js', 'package-lock.json'].map((p) => path.join(ROOT, p))
  return isStale(path.join(H5_OUT, 'index.html'), inputs)
}

function buildH5(): void {
  runProductionBuild('build:h5')
}

/** 确保全部集合存在（真实环境里由部署脚本或控制台创建，安全规则一律拒绝客户端） */
export async function ensureCollections(emulator: Emulator, database: Database): Promise<string[]> {
  const existing = new Set(emulator.store.collections())
  const created: string[] = []
  for (const name of ALL_COLLECTIONS) {
    if (existing.has(name)) continue
    await database.createCollection(name)
    created.push(name)
  }
  return created
}

/** 演示数据（scripts/seed/index.ts 的 seedDemo）。不存在时给出明确提示 */
async function runSeed(database: Database, quiet?: boolean): Promise<boolean> {
  let mod: { seedDemo?: (db: Database) => Promise<unknown> }
  try {
    // 路径在运行时拼出：演示数据脚本由 identity 一侧维护，缺失时这里只提示不报错
    mod = (await import(path.join(__dirname, 'seed', 'index'))) as typeof mod
  } catch (e) {
    console.warn(`[start] 未找到演示数据脚本 scripts/seed/index.ts（${(e as Error).message.split('\n')[0]}），数据库保持为空。`)
    return false
  }
  if (typeof mod.seedDemo !== 'function') {
    console.warn('[start] scripts/seed/index.ts 没有导出 seedDemo(db)，数据库保持为空。')
    return false
  }
  await mod.seedDemo(database)
  if (!quiet) console.log('[start] 已写入演示数据')
  return true
}

/** 以每个使用者的身份调用 identity.me，得到演示身份列表（与界面上看到的范围说明一致） */
async function listDevUsers(emulator: Emulator, database: Database): Promise<DevUser[]> {
  const res = await database.collection(COLLECTIONS.people).limit(200).get()
  const people = res.data as { openid: string; name: string }[]
  const users: DevUser[] = []
  for (const p of people) {
    const me = (await emulator.functions!.invoke('identity', { action: 'me', payload: {} }, p.openid)) as Result<MeOutput>
    if (!me || !me.ok) continue
    users.push({
      openid: p.openid,
      name: me.data.person.name,
      assignments: me.data.assignments.map((a) => ({ role: a.role, scopeLabel: a.scopeLabel, stationName: a.stationName })),
    })
  }
  const rank = (u: DevUser) => Math.min(...u.assignments.map((a) => ROLE_ORDER.indexOf(a.role)), ROLE_ORDER.length)
  // 站长在前；同一角色里身份多的在前（如站长兼辅导员）
  return users.sort((a, b) => rank(a) - rank(b) || b.assignments.length - a.assignments.length || a.name.localeCompare(b.name, 'zh'))
}

/** 启动本地环境（npm start 与 E2E 共用） */
export async function startApp(opts: StartOptions = {}): Promise<StartedApp> {
  const log = opts.quiet ? () => undefined : (msg: string) => console.log(msg)
  let staticDir = H5_OUT
  let functionsDir = FUNCTIONS_DIR
  let snapshotDir: string | null = null
  await withLock(
    BUILD_LOCK,
    async () => {
      if (opts.build !== false) {
        if (functionsStale()) {
          log('[start] 构建云函数…')
          await buildFunctions({ quiet: true })
        }
        if (h5Stale()) {
          log('[start] 构建 H5 应用（约 30–60 秒）…')
          buildH5()
        }
      }
      if (opts.snapshot) {
        snapshotDir = fs.mkdtempSync(path.join(ROOT, '.cache', 'run-'))
        staticDir = path.join(snapshotDir, 'h5')
        functionsDir = path.join(snapshotDir, 'functions')
        fs.cpSync(H5_OUT, staticDir, { recursive: true })
        fs.cpSync(FUNCTIONS_DIR, functionsDir, { recursive: true })
      }
    },
    { onWait: () => log('[start] 等待另一个构建完成…') },
  )
  const cleanup = () => {
    if (snapshotDir) fs.rmSync(snapshotDir, { recursive: true, force: true })
  }
  let database: Database | null = null
  let emulator: Emulator | null = null
  const devUsers = async () => (emulator && database ? listDevUsers(emulator, database) : [])
  try {
    emulator = await startEmulator({
      host: '127.0.0.1',
      port: opts.port ?? Number(process.env.PORT ?? 8787),
      dataDir: opts.dataDir,
      local: true,
      cron: opts.cron ?? true,
      staticDir,
      functionsDir,
      devUsers,
      quiet: opts.quiet,
      // 函数在 2 个子进程实例里执行（与平台一样与数据库分开；导入、导出等重活不卡住其它人的请求）
      instances: 2,
    })
  } catch (e) {
    cleanup()
    throw e
  }
  // 模拟器已把 TCB_CONTEXT_CNFG 指向自己；本进程里的 SDK 按新地址重建
  resetCloud()
  database = cloudDb()
  try {
    await ensureCollections(emulator, database)
    const people = await database.collection(COLLECTIONS.people).count()
    const empty = (people as { total?: number }).total === 0
    const seeded = opts.seed !== false && empty ? await runSeed(database, opts.quiet) : false
    const emu = emulator
    const close = async () => {
      await emu.close()
      cleanup()
    }
    return { emulator: emu, url: emu.url, dbUrl: emu.dbUrl, seeded, devUsers, close }
  } catch (e) {
    await emulator.close()
    cleanup()
    throw e
  }
}

/** 打印启动信息 */
async function printBanner(app: StartedApp, dataDir: string): Promise<void> {
  const users = await app.devUsers()
  const lines = [
    '',
    '心桥本地环境已启动',
    `  应用      ${app.url}/`,
    `  数据库    TCB_CONTEXT_CNFG=${JSON.stringify({ URL: app.dbUrl })}`,
    `  数据目录  ${dataDir}`,
    '',
  ]
  if (users.length === 0) {
    lines.push('还没有演示身份：数据库中没有已绑定的使用者（见上方提示）。')
  } else {
    lines.push('以演示身份进入：打开应用后在“选择演示身份”页点选，或直接打开链接：')
    for (const u of users) {
      const roles = u.assignments.map((a) => `${ROLE_LABELS[a.role]}·${a.scopeLabel}`).join('，')
      lines.push(`  ${u.name}（${roles}）`)
      lines.push(`    ${app.url}/#/pages/dev-login/index?openid=${encodeURIComponent(u.openid)}`)
    }
  }
  lines.push('', '按 Ctrl+C 停止。')
  console.log(lines.join('\n'))
}

if (require.main === module) {
  const dataDir = process.env.DATA_DIR ?? '.data'
  startApp({ dataDir })
    .then(async (app) => {
      await printBanner(app, dataDir)
      const stop = () => {
        app.close().then(
          () => process.exit(0),
          () => process.exit(1),
        )
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    })
    .catch((e) => {
      console.error('[start] 启动失败：', e instanceof Error ? e.message : e)
      process.exit(1)
    })
}
