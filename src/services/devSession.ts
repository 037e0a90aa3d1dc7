/**
 * 本地开发登录（仅 H5 本地模式）：记住选择的演示身份 openid，由 cloud.h5.ts 放进 x-dev-openid 请求头。
 * 小程序端的身份由微信平台注入，与此无关。
 */
import Taro from '@tarojs/taro'

const KEY = 'xq.devOpenid'

/** 当前开发身份 openid；未登录为 null */
export function getDevOpenid(): string | null {
  try {
    const v: unknown = Taro.getStorageSync(KEY)
    return typeof v === 'string' && v.length > 0 ? v : null
  } catch {
    return null
  }
}

/** 设置开发身份 */
export function setDevOpenid(openid: string): void {
  Taro.setStorageSync(KEY, openid)
}

/** 退出开发身份 */
export function clearDevOpenid(): void {
  Taro.removeStorageSync(KEY)
}
