/**
 * 微信订阅消息的唯一出口：wx-server-sdk 的 cloud.openapi.subscribeMessage.send（云调用，免 access_token）。
 * 只由发送消息的函数（observations、counseling、reports、jobs）经 _lib/notify.ts 引入；
 * 构建脚本据此在这些函数的 package.json 里声明 wx-server-sdk，config.json 声明 permissions.openapi。
 */
import type * as WxServerSdk from 'wx-server-sdk'

export interface SubscribeRequest {
  touser: string
  templateId: string
  /** 小程序页面路径（不带开头的 /，可带参数） */
  page: string
  data: Record<string, { value: string }>
}

/** 发送结果：errcode 0 为已送达；43101 = 用户没有（或已用完）订阅 */
export interface SendOutcome {
  errcode: number
  errmsg: string
}

interface OpenApi {
  subscribeMessage: { send(p: Record<string, unknown>): Promise<{ errCode?: number; errMsg?: string }> }
}

let sdk: Promise<typeof WxServerSdk> | null = null

/**
 * 第一次发送时才加载并初始化 wx-server-sdk（不发消息的调用不付加载它的代价）。
 * 注意返回 cloud 本身而不是 cloud.openapi：openapi 是代理，任何属性（包括 Promise 解析时读的 then）都会变成一次云调用。
 */
async function loadCloud(): Promise<{ openapi: OpenApi }> {
  if (!sdk) {
    sdk = import('wx-server-sdk').then((m) => {
      const cloud = ((m as { default?: typeof WxServerSdk }).default ?? m) as typeof WxServerSdk
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV } as never)
      return cloud
    })
  }
  return (await sdk) as unknown as { openapi: OpenApi }
}

/** 测试在切换模拟器后重新初始化 */
export function resetWechat(): void {
  sdk = null
}

/** 发一条订阅消息；从不抛出，错误变成 errcode（wx-server-sdk 的 CloudSDKError.errCode） */
export async function sendSubscribeMessage(req: SubscribeRequest): Promise<SendOutcome> {
  try {
    const cloud = await loadCloud()
    const res = await cloud.openapi.subscribeMessage.send({
      touser: req.touser,
      templateId: req.templateId,
      page: req.page,
      data: req.data,
      miniprogramState: 'formal',
      lang: 'zh_CN',
    })
    return { errcode: res?.errCode ?? 0, errmsg: res?.errMsg ?? 'ok' }
  } catch (err) {
    const e = err as { errCode?: number; errMsg?: string; message?: string }
    return { errcode: typeof e.errCode === 'number' ? e.errCode : -1, errmsg: e.errMsg ?? e.message ?? String(err) }
  }
}
