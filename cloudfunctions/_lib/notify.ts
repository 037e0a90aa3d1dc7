/**
 * 通知：一个接口 Notifier，两种实现。
 * - InAppNotifier：写站内消息（messages 集合）。本地模式只用它；线上也总是写一份站内副本。
 * - WechatSubscribeNotifier：微信订阅消息（模板 id 来自 functionEnv().templates），线上（非本地）启用。
 *
 * 订阅消息的官方写法是 wx-server-sdk 的 cloud.openapi.subscribeMessage.send；本项目只用 @cloudbase/node-sdk，
 * 它提供 app.callWxOpenApi({ apiName, requestData })：在微信小程序绑定的云开发环境中以“云调用”方式
 * 转发到 openapi 的同一接口 POST /cgi-bin/message/subscribe/send（免 access_token）。
 * 云函数 config.json 需声明 permissions.openapi: ["subscribeMessage.send"]。
 * 用户未订阅（errcode 43101）等发送失败只记日志，不影响业务动作；站内副本总会写入。
 */
import { randomUUID } from 'crypto'
import type { MessageDoc, MessageKind } from '../../types/models-observations'
import type { PersonDoc } from '../../types/models'
import { COLLECTIONS } from './collections'
import { getByIds, insertOnce } from './dbops'
import { functionEnv, type FunctionEnv } from './env'
import { cloud, type Database } from './sdk'

export interface NotifyMessage {
  kind: MessageKind
  title: string
  body: string
  /** 小程序页面路径，如 '/packages/counselor/pages/alerts/index' */
  link?: string
  /**
   * 去重键：同一键 + 同一收件人只发一次（定时任务重跑、重复点击不重复发送）。
   * 站内消息 _id = '<dedupeKey>:<personId>'。
   */
  dedupeKey?: string
}

export interface NotifyResult {
  /** 新发出的收件人数 */
  sent: number
  /** 因去重跳过（或未能发送）的收件人数 */
  skipped: number
  /** 新发出的收件人 personId */
  sentTo: string[]
}

/** 唯一的发送接口 */
export interface Notifier {
  send(personIds: string[], message: NotifyMessage): Promise<NotifyResult>
}

/** 站内消息：写 messages 文档 */
export class InAppNotifier implements Notifier {
  constructor(
    private readonly database: Database,
    private readonly now: Date,
  ) {}

  async send(personIds: string[], m: NotifyMessage): Promise<NotifyResult> {
    const recipients = [...new Set(personIds.filter(Boolean))]
    const sentTo: string[] = []
    await Promise.all(
      recipients.map(async (personId) => {
        const doc: MessageDoc = {
          _id: m.dedupeKey ? `${m.dedupeKey}:${personId}` : `msg-${this.now.getTime().toString(36)}-${randomUUID()}`,
          personId,
          kind: m.kind,
          title: m.title,
          body: m.body,
          createdAt: this.now,
          readAt: null,
        }
        if (m.link) doc.link = m.link
        if (await insertOnce(this.database, COLLECTIONS.messages, doc)) sentTo.push(personId)
      }),
    )
    return { sent: sentTo.length, skipped: recipients.length - sentTo.length, sentTo }
  }
}

/** 订阅消息模板字段（模板需含这些关键词；换模板时只改这里） */
export function subscribeTemplateData(m: NotifyMessage, now: Date): Record<string, { value: string }> {
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
  const t = new Date(now.getTime() + 8 * 3600_000).toISOString()
  return {
    thing1: { value: clip(m.title, 20) },
    thing2: { value: clip(m.body, 20) },
    time3: { value: `${t.slice(0, 10)} ${t.slice(11, 16)}` },
  }
}

/** 消息类型 → 模板 id（没有模板的类型只发站内消息）；逾期跟进提醒（followup）与周报提醒共用提醒模板 */
export function templateFor(kind: MessageKind, env: FunctionEnv): string {
  if (kind === 'reminder' || kind === 'followup') return env.templates.reminder
  if (kind === 'alert' || kind === 'escalation') return env.templates.alert
  return ''
}

/** 微信订阅消息（经 node-sdk 的 callWxOpenApi 云调用） */
export class WechatSubscribeNotifier implements Notifier {
  constructor(
    private readonly database: Database,
    private readonly now: Date,
    private readonly env: FunctionEnv = functionEnv(),
  ) {}

  async send(personIds: string[], m: NotifyMessage): Promise<NotifyResult> {
    const templateId = templateFor(m.kind, this.env)
    const recipients = [...new Set(personIds.filter(Boolean))]
    if (!templateId || recipients.length === 0) return { sent: 0, skipped: recipients.length, sentTo: [] }
    const people = await getByIds<PersonDoc>(this.database, COLLECTIONS.people, recipients)
    const sentTo: string[] = []
    await Promise.all(
      [...people.values()].map(async (p) => {
        try {
          const res = (await cloud().callWxOpenApi({
            apiName: '/cgi-bin/message/subscribe/send',
            requestData: {
              touser: p.openid,
              template_id: templateId,
              page: m.link ?? '/pages/home/index',
              data: subscribeTemplateData(m, this.now),
              miniprogram_state: 'formal',
              lang: 'zh_CN',
            },
          })) as { code?: string; result?: { errcode?: number; errmsg?: string } }
          if (res.code || (res.result?.errcode ?? 0) !== 0) {
            console.warn('[xinqiao] subscribe message not sent', p._id, res.code ?? res.result?.errcode)
          } else sentTo.push(p._id)
        } catch (err) {
          console.warn('[xinqiao] subscribe message failed', p._id, (err as Error).message)
        }
      }),
    )
    return { sent: sentTo.length, skipped: recipients.length - sentTo.length, sentTo }
  }
}

/** 组合：站内副本总是写入；非本地模式再发订阅消息 */
class CombinedNotifier implements Notifier {
  constructor(private readonly parts: Notifier[]) {}
  async send(personIds: string[], m: NotifyMessage): Promise<NotifyResult> {
    const [inApp, ...rest] = this.parts
    const result = await inApp.send(personIds, m)
    // 去重：只给这次新写入站内消息的人推送订阅消息（重复触发不重复推送）
    if (result.sentTo.length > 0) await Promise.all(rest.map((n) => n.send(result.sentTo, m)))
    return result
  }
}

/** 按运行环境选择实现 */
export function createNotifier(database: Database, now: Date, env: FunctionEnv = functionEnv()): Notifier {
  const inApp = new InAppNotifier(database, now)
  if (env.local) return inApp
  return new CombinedNotifier([inApp, new WechatSubscribeNotifier(database, now, env)])
}

/** 便捷函数：发送一条通知给若干人 */
export function notify(database: Database, now: Date, personIds: string[], message: NotifyMessage): Promise<NotifyResult> {
  return createNotifier(database, now).send(personIds, message)
}
