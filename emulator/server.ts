import { randomUUID } from 'crypto'
import http from 'http'
import path from 'path'
import { ACTIONS } from './actions'
import { startCron, timerEvent, type Cron } from './cron'
import { applyCloudEnv } from './env'
import { DbError, ERR, toDbError } from './errors'
import { Functions, isTimerShaped } from './gateway'
import { InstancePool } from './instances'
import { TooLarge, readBody, sendJson, serveStatic } from './http-util'
import { Stats } from './stats'
import { Storage } from './storage'
import { Store } from './store'
import { TxnManager } from './txn'
import { WechatEmulator } from './wechat'

export interface EmulatorOptions {
  /** 0 = 随机端口 */
  port?: number
  host?: '127.0.0.1'
  /** 数据目录；默认 process.env.DATA_DIR ?? '.data' */
  dataDir?: string
  /** 本地开发模式：x-dev-openid 登录、定时触发、/api/dev/* */
  local?: boolean
  /** 已构建的云函数目录，如 dist/functions */
  functionsDir?: string
  /** H5 构建产物，在 / 下提供，找不到的路径回退 index.html */
  staticDir?: string
  /** 本地模式下是否按 config.json 的 timer 触发器定时调用（默认 false） */
  cron?: boolean
  /** GET /api/dev/users 的数据来源（本地模式） */
  devUsers?: () => Promise<unknown[]>
  quiet?: boolean
  /** 事务空闲多久自动中止，默认 30 秒 */
  txnTimeoutMs?: number
  /**
   * 云函数实例（子进程）个数；0（默认）= 函数在模拟器进程内执行。
   * npm start / npm run emulator 用子进程，与平台一样函数和数据库分开，函数里的重活不会卡住数据库。
   */
  instances?: number
  /** 云存储临时链接与上传地址到期判断用的时钟（默认墙钟；测试注入） */
  clock?: () => Date
}

export interface Emulator {
  /** http://127.0.0.1:PORT */
  url: string
  /** url + '/admin'：TCB_CONTEXT_CNFG 的 URL */
  dbUrl: string
  port: number
  store: Store
  storage: Storage
  functions: Functions | null
  /** 模拟的微信订阅消息接口：发件箱与订阅额度 */
  wechat: WechatEmulator
  close(): Promise<void>
}

function errorReply(e: DbError, requestId: string) {
  return { code: e.code, message: e.message, requestId }
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const host = opts.host ?? '127.0.0.1'
  const local = opts.local === true
  const store = new Store(path.resolve(opts.dataDir ?? process.env.DATA_DIR ?? '.data'))
  const txns = new TxnManager(store, opts.txnTimeoutMs ?? 30_000)
  const stats = new Stats()
  const storage = new Storage(opts.dataDir ?? process.env.DATA_DIR ?? '.data', opts.clock)
  const wechat = new WechatEmulator()
  let functions: Functions | null = null
  let pool: InstancePool | null = null
  const log = opts.quiet ? () => undefined : (...a: unknown[]) => console.log('[emulator]', ...a)

  async function handleDb(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const requestId = randomUUID()
    let action = '(unparsed)'
    try {
      let body: Record<string, any>
      const raw = await readBody(req).catch((e: unknown) => {
        throw e instanceof TooLarge ? new DbError(ERR.REQUEST_TOO_LARGE, e.message) : e
      })
      const contentType = String(req.headers['content-type'] ?? '')
      if (contentType.startsWith('multipart/form-data')) {
        // 微信云调用（wx-server-sdk 的 cloud.openapi.*）：表单 + protobuf，答复原始字节
        action = 'wx.openApi'
        stats.action(action)
        const reply = wechat.handle(raw, contentType)
        if ('json' in reply) return sendJson(res, 200, { ...reply.json, requestId })
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': reply.raw.length })
        res.end(reply.raw)
        return
      }
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch (e) {
        if (e instanceof TooLarge) throw new DbError(ERR.REQUEST_TOO_LARGE, e.message)
        throw new DbError(ERR.INVALID_PARAM, `request body is not valid JSON: ${(e as Error).message}`)
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new DbError(ERR.INVALID_PARAM, 'request body must be a JSON object')
      action = String(body.action)
      stats.action(action)
      if (action.startsWith('storage.')) {
        sendJson(res, 200, { requestId, ...storage.handle(body) })
        return
      }
      const handler = Object.prototype.hasOwnProperty.call(ACTIONS, action) ? ACTIONS[action] : undefined
      if (!handler) throw new DbError(ERR.INVALID_ACTION, `unknown action ${action}`)
      const reply = handler(body, { store, txns, now: new Date() })
      sendJson(res, 200, { requestId, ...reply })
    } catch (e) {
      const err = toDbError(e)
      if (!(e instanceof DbError)) log(`${action} failed:`, e)
      sendJson(res, 200, errorReply(err, requestId))
    }
  }

  async function handleFunction(name: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const requestId = randomUUID()
    try {
      if (!functions) throw new DbError(ERR.FUNCTION_NOT_FOUND, 'no functionsDir configured')
      let event: unknown
      let eventJson: string
      try {
        const text = (await readBody(req)).toString('utf8')
        eventJson = text.trim() ? text : '{}'
        event = JSON.parse(eventJson)
      } catch (e) {
        if (e instanceof TooLarge) throw new DbError(ERR.REQUEST_TOO_LARGE, e.message)
        throw new DbError(ERR.INVALID_PARAM, 'event must be JSON')
      }
      if (isTimerShaped(event)) throw new DbError(ERR.TRIGGER_FORBIDDEN, 'timer events come only from the platform timer, not over HTTP')
      const header = req.headers['x-dev-openid']
      const openid = local && typeof header === 'string' && header ? header : null
      stats.fn(name)
      const started = Date.now()
      const result = await functions.invoke(name, event, openid, req.socket.remoteAddress, 'http', eventJson)
      const text = JSON.stringify(result === undefined ? null : result)
      if (Buffer.byteLength(text) > 6 * 1024 * 1024) throw new DbError(ERR.REQUEST_TOO_LARGE, 'function response exceeds 6 MB')
      log(`fn ${name} ${(event as { action?: string })?.action ?? ''} ${openid ?? '-'} ${Date.now() - started}ms`)
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.end(text)
    } catch (e) {
      const err = e instanceof DbError ? e : new DbError(ERR.FUNCTION_FAILED, (e as Error)?.message ?? String(e))
      if (!(e instanceof DbError)) log(`fn ${name} threw:`, e)
      const status = err.code === ERR.FUNCTION_NOT_FOUND ? 404 : err.code === ERR.TRIGGER_FORBIDDEN ? 403 : err.code === ERR.INVALID_PARAM || err.code === ERR.REQUEST_TOO_LARGE ? 400 : 500
      sendJson(res, status, errorReply(err, requestId))
    }
  }

  /**
   * H5 的上传通道（本地模式）：相当于小程序的 wx.cloud.uploadFile。需要登录头；
   * 与 CloudBase 的存储规则 {"read": false, "write": "resource.openid == auth.openid"} 一样只写不读：
   * 回包只有 fileID，读取由云函数发临时链接。
   */
  async function handleClientUpload(u: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const openid = req.headers['x-dev-openid']
    const cloudPath = u.searchParams.get('cloudPath') ?? ''
    if (typeof openid !== 'string' || !openid) {
      req.resume()
      return sendJson(res, 401, { code: 'PERMISSION_DENIED', message: 'login required', requestId: randomUUID() })
    }
    try {
      const fileID = await storage.write(cloudPath, req)
      log(`upload ${cloudPath} ${openid}`)
      sendJson(res, 200, { fileID, requestId: randomUUID() })
    } catch (e) {
      sendJson(res, 400, { code: e instanceof DbError ? e.code : 'STORAGE_REQUEST_FAIL', message: (e as Error).message, requestId: randomUUID() })
    }
  }

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    const p = url.split('?')[0]
    if (local) {
      res.setHeader('access-control-allow-origin', '*')
      res.setHeader('access-control-allow-headers', 'content-type, x-dev-openid')
      res.setHeader('access-control-allow-methods', 'GET, POST, PUT, OPTIONS')
    }
    const fail = (e: unknown) => {
      log('request failed:', e)
      if (!res.headersSent) sendJson(res, 500, { code: 'INTERNAL_ERROR', message: String(e), requestId: randomUUID() })
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204)
      res.end()
    } else if (req.method === 'POST' && p === '/admin') {
      handleDb(req, res).catch(fail)
    } else if (req.method === 'POST' && p.startsWith('/api/functions/')) {
      handleFunction(decodeURIComponent(p.slice('/api/functions/'.length)), req, res).catch(fail)
    } else if ((req.method === 'PUT' || req.method === 'POST') && p === '/storage/upload') {
      storage.handleUpload(new URL(url, 'http://127.0.0.1'), req, res).catch(fail)
    } else if (req.method === 'GET' && p.startsWith('/storage/files/')) {
      storage.handleDownload(new URL(url, 'http://127.0.0.1'), res)
    } else if (local && req.method === 'POST' && p === '/api/storage/upload') {
      handleClientUpload(new URL(url, 'http://127.0.0.1'), req, res).catch(fail)
    } else if (req.method === 'GET' && p === '/emulator/stats') {
      sendJson(res, 200, stats)
    } else if (req.method === 'POST' && p === '/emulator/stats/reset') {
      stats.reset()
      sendJson(res, 200, stats)
    } else if (req.method === 'POST' && p === '/emulator/trigger') {
      // 模拟器自己的“测试触发器”（相当于控制台里手动触发定时器）：以给定时刻运行某函数的定时事件。
      // HTTP 网关 /api/functions/* 拒绝定时形态的事件，定时流量只来自这里、模拟器的定时器与 npm run trigger
      readBody(req).then(async (b) => {
        const { name, trigger, time } = JSON.parse(b.toString('utf8') || '{}') as { name?: string; trigger?: string; time?: string }
        const at = time ? new Date(time) : new Date()
        if (!name || !trigger || !functions || Number.isNaN(at.getTime())) return sendJson(res, 400, { code: 'INVALID_PARAM', message: 'name, trigger and a valid time required' })
        sendJson(res, 200, await functions.invoke(name, timerEvent(trigger, '', at), null))
      }).catch(fail)
    } else if (req.method === 'GET' && p === '/emulator/outbox') {
      sendJson(res, 200, { items: wechat.outbox })
    } else if (req.method === 'POST' && p === '/emulator/outbox/reset') {
      wechat.reset()
      sendJson(res, 200, { ok: true })
    } else if (req.method === 'POST' && p === '/emulator/wechat/subscribe') {
      readBody(req).then((b) => {
        const { openid, templateIds, longTerm } = JSON.parse(b.toString('utf8') || '{}') as { openid?: string; templateIds?: string[]; longTerm?: boolean }
        if (!openid || !Array.isArray(templateIds)) return sendJson(res, 400, { code: 'INVALID_PARAM', message: 'openid and templateIds required' })
        wechat.subscribe(openid, templateIds.map(String), longTerm === true)
        sendJson(res, 200, { ok: true })
      }).catch(fail)
    } else if (req.method === 'GET' && p === '/emulator/health') {
      const cpu = process.cpuUsage()
      const own = cpu.user + cpu.system
      // cpuMicros：模拟器进程 + 全部函数实例进程
      Promise.resolve(pool ? pool.cpuMicros() : 0).then((fnCpu) => sendJson(res, 200, {
        ok: true, collections: store.collections(), transactions: txns.active(), cpuMicros: own + fnCpu, instances: pool?.size ?? 0, rssBytes: process.memoryUsage().rss,
      }), fail)
    } else if (local && req.method === 'GET' && p === '/api/dev/users') {
      Promise.resolve(opts.devUsers ? opts.devUsers() : []).then((u) => sendJson(res, 200, u), fail)
    } else if (req.method === 'GET' && opts.staticDir) {
      serveStatic(opts.staticDir, p, res)
    } else {
      sendJson(res, 404, { code: 'NOT_FOUND', message: `${req.method} ${p}`, requestId: randomUUID() })
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // 客户端（SDK）保持连接复用：服务端空闲超时须长于客户端，否则复用已被关闭的连接会 ECONNRESET
    server.keepAliveTimeout = 65_000
    server.headersTimeout = 66_000
    server.listen(opts.port ?? 0, host, () => resolve())
  })
  const port = (server.address() as { port: number }).port
  const url = `http://${host}:${port}`
  const dbUrl = `${url}/admin`
  storage.baseUrl = url
  applyCloudEnv(dbUrl, local)
  // 实例在 applyCloudEnv 之后启动，继承指向本模拟器的环境变量
  pool = opts.functionsDir && opts.instances && opts.instances > 0 ? new InstancePool(opts.instances, log) : null
  if (opts.functionsDir) functions = new Functions(opts.functionsDir, pool)

  let cron: Cron | null = null
  if (local && opts.cron && functions) cron = startCron(functions, log)

  let closed = false
  return {
    url, dbUrl, port, store, storage, functions, wechat,
    async close() {
      if (closed) return
      closed = true
      cron?.stop()
      await pool?.close()
      txns.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      store.close()
    },
  }
}
