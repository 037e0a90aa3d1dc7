/**
 * 模拟器里的“微信”：回答 wx-server-sdk 的 cloud.openapi.subscribeMessage.send（action 'wx.openApi'），
 * 按微信文档校验参数，按一次性订阅的额度放行或答 43101，并把每次请求记入发件箱（GET /emulator/outbox）。
 *
 * 订阅额度：用户每在小程序里接受一次某模板，可以收到一条；长期订阅不计次。
 * 测试与 H5 本地模式用 subscribe() / POST /emulator/wechat/subscribe 代替 wx.requestSubscribeMessage。
 */
import { decodeCommApiData, encodeOpenApiResp, parseMultipart } from './wire'

export interface OutboxEntry {
  seq: number
  at: string
  apiName: string
  appid: string
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  miniprogramState: string
  lang: string
  /** 微信的答复：0 = 已送达 */
  errcode: number
  errmsg: string
}

/** 模板关键词类型 → 微信文档规定的值格式 */
const VALUE_RULES: Record<string, (v: string) => boolean> = {
  thing: (v) => v.length > 0 && [...v].length <= 20,
  phrase: (v) => /^[\u4e00-\u9fa5]{1,5}$/.test(v),
  name: (v) => /^[\u4e00-\u9fa5·]{1,10}$/.test(v) || /^[A-Za-z\s.·-]{1,20}$/.test(v),
  number: (v) => /^[-+]?\d+(\.\d+)?$/.test(v) && v.length <= 32,
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => v.length > 0 && [...v].length <= 5,
  character_string: (v) => /^[\x21-\x7e]{1,32}$/.test(v),
  time: (v) => /^(\d{4}[年-]\d{1,2}[月-]\d{1,2}日?\s*)?\d{1,2}:\d{2}(:\d{2})?$/.test(v) || /^\d{4}[年-]\d{1,2}[月-]\d{1,2}日?$/.test(v),
  date: (v) => /^\d{4}[年-]\d{1,2}[月-]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(v),
}

const ok = { errcode: 0, errmsg: 'ok' }

export class WechatEmulator {
  readonly outbox: OutboxEntry[] = []
  /** openid|templateId → 剩余次数（Infinity = 长期订阅） */
  private readonly credits = new Map<string, number>()
  private seq = 0

  /** 用户在小程序里接受了这些模板的订阅（一次性：各加一次；长期：不限次） */
  subscribe(openid: string, templateIds: string[], longTerm = false): void {
    for (const t of templateIds) {
      const key = `${openid}|${t}`
      this.credits.set(key, longTerm ? Infinity : (this.credits.get(key) ?? 0) + 1)
    }
  }

  creditsOf(openid: string, templateId: string): number {
    return this.credits.get(`${openid}|${templateId}`) ?? 0
  }

  reset(): void {
    this.outbox.length = 0
    this.credits.clear()
  }

  /** subscribeMessage.send 的业务规则（参数为 snake_case，与微信 HTTPS 接口相同） */
  private subscribeSend(p: Record<string, unknown>): { errcode: number; errmsg: string } {
    const touser = typeof p.touser === 'string' ? p.touser : ''
    const templateId = typeof p.template_id === 'string' ? p.template_id : ''
    if (!touser) return { errcode: 40003, errmsg: 'invalid openid' }
    if (!templateId) return { errcode: 40037, errmsg: 'invalid template_id' }
    const data = p.data
    if (!data || typeof data !== 'object' || Object.keys(data).length === 0) return { errcode: 47003, errmsg: 'argument invalid! data is empty' }
    for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
      const value = (entry as { value?: unknown } | null)?.value
      const type = key.replace(/\d+$/, '')
      const rule = VALUE_RULES[type]
      if (typeof value !== 'string' || !rule) return { errcode: 47003, errmsg: `argument invalid! data.${key}.value` }
      if (!rule(value)) return { errcode: 47003, errmsg: `argument invalid! data.${key}.value "${value}" does not fit ${type}` }
    }
    if (p.miniprogram_state !== undefined && !['developer', 'trial', 'formal'].includes(String(p.miniprogram_state))) {
      return { errcode: 47003, errmsg: 'argument invalid! miniprogram_state' }
    }
    const key = `${touser}|${templateId}`
    const left = this.credits.get(key) ?? 0
    if (left <= 0) return { errcode: 43101, errmsg: 'user refuse to accept the msg' }
    if (left !== Infinity) this.credits.set(key, left - 1)
    return ok
  }

  /**
   * POST /admin 的 multipart 请求（wx-server-sdk → node-sdk callCompatibleWxOpenApi）。
   * 答复：成功与微信业务错误都是 CommOpenApiResp（内含微信的 JSON）；未知接口按平台错误答 JSON。
   */
  handle(body: Buffer, contentType: string): { raw: Buffer } | { json: { code: string; message: string } } {
    const form = parseMultipart(body, contentType)
    const action = form.get('action')?.toString('utf8') ?? ''
    const apiName = form.get('apiName')?.toString('utf8') ?? ''
    if (action !== 'wx.openApi') return { json: { code: 'INVALID_ACTION', message: `unknown action ${action}` } }
    const request = form.get('requestData')
    if (!request) return { json: { code: 'INVALID_PARAM', message: 'requestData missing' } }
    const { appid, params } = decodeCommApiData(request)
    if (apiName !== 'subscribeMessage.send') {
      return { raw: encodeOpenApiResp({ errcode: 48001, errmsg: `api unauthorized: ${apiName} is not emulated` }) }
    }
    const reply = this.subscribeSend(params)
    this.outbox.push({
      seq: ++this.seq,
      at: new Date().toISOString(),
      apiName,
      appid,
      touser: String(params.touser ?? ''),
      templateId: String(params.template_id ?? ''),
      page: String(params.page ?? ''),
      data: (params.data ?? {}) as OutboxEntry['data'],
      miniprogramState: String(params.miniprogram_state ?? ''),
      lang: String(params.lang ?? ''),
      ...reply,
    })
    return { raw: encodeOpenApiResp(reply) }
  }
}
