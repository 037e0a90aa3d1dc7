/**
 * 订阅消息：只在微信小程序中、且必须由用户点击直接触发（wx.requestSubscribeMessage 的限制），
 * 所以放在按钮上（消息页“在微信中接收通知”、周报提交后“接收截止提醒”、首页“微信提醒”、即时报告页）。
 * 没有配置模板 id 时不显示；H5 本地模式（构建时设了 TARO_APP_TEMPLATE_*）向模拟器的微信订阅。
 */
import { ENV } from '../../config/env'
import { askSubscribe } from './askSubscribe'

/** 是否可以请求订阅（配置了模板 id；H5 本地模式向模拟器订阅） */
export function canSubscribe(): boolean {
  return !!(ENV.templates.reminder || ENV.templates.alert)
}

export type TemplateKey = 'alert' | 'reminder'

/** 请求订阅周报提醒与即时报告通知；返回接受了的模板（一次性订阅：每接受一次可收一条） */
export async function requestSubscribe(): Promise<TemplateKey[]> {
  const keys = (['alert', 'reminder'] as const).filter((k) => ENV.templates[k])
  if (!canSubscribe() || keys.length === 0) return []
  try {
    const tmplIds = keys.map((k) => ENV.templates[k])
    const res = await askSubscribe(tmplIds)
    return keys.filter((k) => res[ENV.templates[k]] === 'accept')
  } catch {
    return []
  }
}
