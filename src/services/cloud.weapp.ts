/**
 * 小程序传输：Taro.cloud.callFunction（即 wx.cloud）。调用者身份由微信平台注入云函数上下文。
 */
import Taro from '@tarojs/taro'
import type { Result } from '../../types/result'
import { ENV } from '../config/env'
import { failure, isResult, type Transport } from './transport'

let initialized = false

/** 只初始化一次；未配置环境 id 时使用默认环境 */
export function ensureInit(): void {
  if (initialized) return
  Taro.cloud.init(ENV.cloudEnv ? { env: ENV.cloudEnv, traceUser: true } : { traceUser: true })
  initialized = true
}

/** 平台错误信息是否表示网络问题（离线、超时、请求失败） */
function isNetworkError(err: unknown): boolean {
  const msg = String((err as { errMsg?: unknown })?.errMsg ?? (err as Error)?.message ?? err)
  return /request:fail|timeout|network|offline|ERR_/i.test(msg)
}

export const transport: Transport = async (name, envelope) => {
  try {
    ensureInit()
    const res = await Taro.cloud.callFunction({ name, data: { ...envelope } })
    const body = (res as { result?: unknown }).result
    if (isResult(body)) return body as Result<unknown>
    return failure('INTERNAL', { errMsg: (res as { errMsg?: string }).errMsg })
  } catch (err) {
    return failure(isNetworkError(err) ? 'NETWORK.FAILED' : 'INTERNAL', { errMsg: String((err as { errMsg?: unknown })?.errMsg ?? '') })
  }
}
