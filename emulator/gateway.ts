import fs from 'fs'
import { createRequire } from 'module'
import path from 'path'
import { makeFunctionContext } from './context'
import { ERR, dbError } from './errors'

export type Main = (event: unknown, context: unknown) => unknown

export interface FunctionConfig {
  timeout?: number
  triggers?: { name: string; type: string; config: string }[]
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/

/** 已构建云函数（`<functionsDir>/<name>/index.js`）的加载与调用 */
export class Functions {
  private readonly mains = new Map<string, { main: Main; mtimeMs: number }>()
  private readonly req: NodeRequire

  constructor(readonly dir: string) {
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

  /** 加载（并缓存）函数；构建产物更新后（mtime 变化）下次调用自动重新加载 */
  load(name: string): Main {
    const file = path.join(path.resolve(this.dir), name, 'index.js')
    if (!NAME.test(name) || !fs.existsSync(file)) throw dbError(ERR.FUNCTION_NOT_FOUND, `function ${name} not found`)
    const mtimeMs = fs.statSync(file).mtimeMs
    const hit = this.mains.get(name)
    if (hit && hit.mtimeMs === mtimeMs) return hit.main
    if (hit) delete this.req.cache[file]
    const mod = this.req(file) as { main?: Main; default?: { main?: Main } }
    const main = mod.main ?? mod.default?.main
    if (typeof main !== 'function') throw dbError(ERR.FUNCTION_NOT_FOUND, `function ${name} does not export main`)
    this.mains.set(name, { main, mtimeMs })
    return main
  }

  /** 调用一次：openid 为 null 表示定时触发。超过 config.json 的 timeout（默认 3 秒）即失败。 */
  async invoke(name: string, event: unknown, openid: string | null, clientIp?: string): Promise<unknown> {
    const main = this.load(name)
    const timeoutMs = Math.round((this.config(name).timeout ?? 3) * 1000)
    const context = makeFunctionContext(name, openid, { clientIp, timeoutMs })
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(dbError(ERR.FUNCTION_TIMEOUT, `Invoking task timed out after ${timeoutMs / 1000} seconds`)), timeoutMs)
    })
    try {
      return await Promise.race([Promise.resolve().then(() => main(event, context)), timeout])
    } finally {
      clearTimeout(timer)
    }
  }
}
