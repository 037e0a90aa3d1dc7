/**
 * 隐私授权。小程序端：wx.getPrivacySetting 判断是否需要授权，用户点击
 * <Button openType="agreePrivacyAuthorization"> 同意；若平台在调用隐私接口时触发
 * onNeedPrivacyAuthorization，同意按钮同时回应该请求。H5 端：展示本应用的隐私提示一次。
 */
import Taro from '@tarojs/taro'
import { ENV } from '../../config/env'

/** 同意按钮的 id（回应 onNeedPrivacyAuthorization 时需要） */
export const PRIVACY_AGREE_BUTTON_ID = 'xq-privacy-agree'
/** H5 隐私提示版本：文本有实质修改时递增，用户需重新确认 */
const H5_PRIVACY_VERSION = '2026-11'
const H5_KEY = 'xq.privacyAccepted'

type Resolver = (res: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void
let pending: Resolver | null = null
/** 监听者收到 true = 平台在等用户授权（展示同意按钮），false = 已答复（收起） */
const requestListeners = new Set<(open: boolean) => void>()
let installed = false

/** 是否需要先展示隐私提示 */
export function privacyNeeded(): Promise<boolean> {
  if (ENV.platform === 'h5') {
    try {
      return Promise.resolve(Taro.getStorageSync(H5_KEY) !== H5_PRIVACY_VERSION)
    } catch {
      return Promise.resolve(true)
    }
  }
  if (typeof Taro.getPrivacySetting !== 'function') return Promise.resolve(false)
  return new Promise((resolve) => {
    Taro.getPrivacySetting({
      success: (res) => resolve(!!res.needAuthorization),
      fail: () => resolve(false),
    })
  })
}

/** 启动时注册一次：平台要求授权时通知页面展示提示 */
export function installPrivacyListener(): void {
  if (installed || ENV.platform !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  installed = true
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pending = resolve as Resolver
    for (const l of requestListeners) l(true)
  })
}

function settle(): void {
  pending = null
  for (const l of requestListeners) l(false)
}

/** 订阅平台的授权请求（调用隐私接口时平台发起），返回取消函数 */
export function onPrivacyRequest(listener: (open: boolean) => void): () => void {
  requestListeners.add(listener)
  return () => requestListeners.delete(listener)
}

/** 用户点了同意 */
export function privacyAgreed(): void {
  if (ENV.platform === 'h5') {
    try {
      Taro.setStorageSync(H5_KEY, H5_PRIVACY_VERSION)
    } catch {
      // 存储失败时下次再问
    }
  }
  pending?.({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID })
  settle()
}

/** 用户拒绝 */
export function privacyDeclined(): void {
  pending?.({ event: 'disagree' })
  settle()
}

/** 打开隐私保护指引：小程序端为平台页面；H5 返回 false 由页面展开全文 */
export function openPrivacyContract(): boolean {
  if (ENV.platform === 'weapp' && typeof Taro.openPrivacyContract === 'function') {
    Taro.openPrivacyContract({})
    return true
  }
  return false
}
