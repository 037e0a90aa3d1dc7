import { randomUUID } from 'crypto'

/** 本地模拟的小程序 AppID（仅用于上下文，与任何真实应用无关） */
export const LOCAL_APPID = 'wx0000000000local'

export interface FunctionContext {
  callbackWaitsForEmptyEventLoop: boolean
  memory_limit_in_mb: number
  time_limit_in_ms: number
  request_id: string
  function_name: string
  function_version: string
  namespace: string
  tencentcloud_region: string
  /** JSON 字符串：平台按调用注入的 WX_* 等变量（tcb.getCloudbaseContext 从这里读取） */
  environment: string
  /** 旧架构的 `k=v;` 形式，内容同 environment */
  environ: string
  getRemainingTimeInMillis(): number
}

export interface ContextOptions {
  clientIp?: string
  timeoutMs?: number
  memoryMb?: number
  unionid?: string
  /** 没有 openid 的调用来自哪里：平台定时器（默认）或 HTTP 网关 */
  source?: 'timer' | 'http'
}

/**
 * 构造与 CloudBase 云函数相同形态的 context（main(event, context) 的第二个参数）。
 * 调用者身份只在这个对象里（environment 的 WX_OPENID 等），从不写入 process.env，
 * 所以并发调用互不可见。openid 为 null 表示定时触发：不含任何 WX_* 身份字段，TRIGGER_SRC=timer
 * （HTTP 网关上没有登录头的调用同样没有身份，但 TRIGGER_SRC=http）。
 */
export function makeFunctionContext(name: string, openid: string | null, opts: ContextOptions = {}): FunctionContext {
  const timeoutMs = opts.timeoutMs ?? 3000
  const started = Date.now()
  const env: Record<string, string> = {
    SCF_NAMESPACE: 'local',
    TCB_ENV: 'local',
  }
  if (openid) {
    env.WX_OPENID = openid
    env.WX_APPID = LOCAL_APPID
    env.WX_UNIONID = opts.unionid ?? ''
    env.WX_CLIENTIP = opts.clientIp ?? '127.0.0.1'
    env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP'
    env.TRIGGER_SRC = 'tcb'
  } else {
    env.TRIGGER_SRC = opts.source ?? 'timer'
  }
  return {
    callbackWaitsForEmptyEventLoop: false,
    memory_limit_in_mb: opts.memoryMb ?? 256,
    time_limit_in_ms: timeoutMs,
    request_id: randomUUID(),
    function_name: name,
    function_version: '$LATEST',
    namespace: 'local',
    tencentcloud_region: 'ap-shanghai',
    environment: JSON.stringify(env),
    environ: Object.entries(env).map(([k, v]) => `${k}=${v}`).join(';'),
    getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
  }
}
