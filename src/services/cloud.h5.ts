/**
 * H5 传输：POST /api/functions/:name 到同源的本地网关（模拟器）。
 * H5 构建里 Taro.cloud 只是空壳，所以浏览器端走 HTTP；身份来自开发登录（x-dev-openid）。
 */
import type { Result } from '../../types/result'
import { getDevOpenid } from './devSession'
import { CALL_TIMEOUT_MS, failure, isResult, type Transport } from './transport'

export const transport: Transport = async (name, envelope) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const openid = getDevOpenid()
  if (openid) headers['x-dev-openid'] = openid
  const controller = typeof AbortController === 'function' ? new AbortController() : null
  const timer = controller ? setTimeout(() => controller.abort(), CALL_TIMEOUT_MS) : null
  try {
    const res = await fetch(`/api/functions/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(envelope),
      signal: controller?.signal,
    })
    let body: unknown
    try {
      body = await res.json()
    } catch {
      body = undefined
    }
    if (isResult(body)) return body as Result<unknown>
    // 网关不可用（代理错误页等）按网络失败处理；其余视为服务异常
    return failure(res.status >= 502 && res.status <= 504 ? 'NETWORK.FAILED' : 'INTERNAL', { status: res.status })
  } catch {
    return failure('NETWORK.FAILED')
  } finally {
    if (timer) clearTimeout(timer)
  }
}
