import fs from 'fs'
import { createRequire } from 'module'
import path from 'path'
import { makeFunctionContext } from './context'
import { ERR, dbError } from './errors'
import type { InstancePool } from './instances'

export type Main = (event: unknown, context: unknown) => unknown

/**
 * 形如定时触发器的事件（{ Type: 'Timer', … }）。只有平台的定时器能发出它：
 * HTTP 网关拒绝这种事件，否则任何人 POST 一个 Timer 事件就能让 jobs 跑提醒、升级等任务。
 */
export function isTimerShaped(event: unknown): boolean {
  return !!event && typeof event === 'object' && (event as { Type?: unknown }).Type === 'Timer'
}

export interface FunctionConfig {
  timeout?: number
  triggers?: { name: string; type: string; config: string }[]
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/

interface Built {
  file: string
  config: FunctionConfig
  mtimeMs: number
  /** 上次检查构建产物 mtime 的时间 */
  checkedAt: number
  /** 本进程内调用时加载的 main（用实例池时不加载） */
  main?: Main
}

/** 构建产物的 mtime 最多每隔这么久检查一次（每次调用都 stat + 读 config.json 是可观的系统调用开销） */
const RECHECK_MS = 500

/**
 * 已构建云函数（`<functionsDir>/<name>/index.js`）的加载与调用。
 * 给了实例池时函数在子进程里执行（npm start / npm run emulator）；否则在本进程执行（测试直接用）。
 */
export class Functions {
  private readonly built = new Map<string, Built>()
  private readonly req: NodeRequire

  constructor(readonly dir: string, private readonly pool: InstancePool | null = null) {
    this.req = createRequire(path.join(path.resolve(dir), 'noop.js'))
  }

  names(): string[] {
    if (!fs.existsSync(this.dir)) return []
    return fs.readdirSync(this.dir).filter((n) => NAME.test(n) && fs.existsSync(path.join(this.dir, n, 'index.js'))).sort()
  }

  config(name: string): FunctionConfig {
    const file = path.join(this.dir, name, 'config.json')
    if (!fs.existsSync(file)) return {}
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as FunctionConfig
    } catch {
      return {}
    }
  }

  /** 加载（并缓存）函数到本进程；构建产物更新后（mtime 变化）自动重新加载（最多延迟 RECHECK_MS） */
  load(name: string): Main {
    const b = this.locate(name)
    if (!b.main) {
      delete this.req.cache[b.file]
      const mod = this.req(b.file) as { main?: Main; default?: { main?: Main } }
      const main = mod.main ?? mod.default?.main
      if (typeof main !== 'function') throw dbError(ERR.FUNCTION_NOT_FOUND, `function ${name} does not export main`)
      b.main = main
    }
    return b.main
  }

  /** 构建产物与 config.json（缓存；mtime 变化后重读并丢弃已加载的 main） */
  private locate(name: string): Built {
    const hit = this.built.get(name)
    const now = Date.now()
    if (hit && now - hit.checkedAt < RECHECK_MS) return hit
    const file = path.join(path.resolve(this.dir), name, 'index.js')
    if (!NAME.test(name) || !fs.existsSync(file)) throw dbError(ERR.FUNCTION_NOT_FOUND, `function ${name} not found`)
    const mtimeMs = fs.statSync(file).mtimeMs
    if (hit && hit.mtimeMs === mtimeMs) {
      hit.checkedAt = now
      return hit
    }
    const b: Built = { file, config: this.config(name), mtimeMs, checkedAt: now }
    this.built.set(name, b)
    return b
  }

  /**
   * 调用一次：openid 为 null 且 source 为 timer（默认）表示定时触发；HTTP 网关传 source: 'http'。
   * 超过 config.json 的 timeout（默认 3 秒）即失败。
   * eventJson：网关收到的事件原文（交给实例进程时原样传递，不再序列化）。
   */
  async invoke(name: string, event: unknown, openid: string | null, clientIp?: string, source: 'timer' | 'http' = 'timer', eventJson?: string): Promise<unknown> {
    const { file, config } = this.locate(name)
    const timeoutMs = Math.round((config.timeout ?? 3) * 1000)
    const context = makeFunctionContext(name, openid, { clientIp, timeoutMs, source })
    const pool = this.pool
    const run = pool ? () => pool.run(file, event, context, eventJson) : () => this.load(name)(event, context)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(dbError(ERR.FUNCTION_TIMEOUT, `Invoking task timed out after ${timeoutMs / 1000} seconds`)), timeoutMs)
    })
    try {
      return await Promise.race([Promise.resolve().then(run), timeout])
    } finally {
      clearTimeout(timer)
    }
  }
}
