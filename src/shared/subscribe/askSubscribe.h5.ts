/**
 * H5 本地模式的“订阅”：浏览器里没有 wx.requestSubscribeMessage，改为告诉本地模拟器的微信
 * （POST /emulator/wechat/subscribe，身份为开发登录的 openid），之后的推送在 /emulator/outbox 里可见。
 */
import { getDevOpenid } from '../../services/devSession'

export async function askSubscribe(tmplIds: string[]): Promise<Record<string, string>> {
  const openid = getDevOpenid()
  if (!openid) return {}
  const res = await fetch('/emulator/wechat/subscribe', { method: 'POST', body: JSON.stringify({ openid, templateIds: tmplIds }) })
  return res.ok ? Object.fromEntries(tmplIds.map((id) => [id, 'accept'])) : {}
}
