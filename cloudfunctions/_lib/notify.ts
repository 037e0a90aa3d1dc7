/**
 * 通知：站内消息总会写入；带模板的类型（提醒、逾期跟进、即时报告、升级）再经 wx-server-sdk 的
 * cloud.openapi.subscribeMessage.send 推送到微信（_lib/wechat.ts），本地模式推到模拟器的发件箱。
 *
 * - 推送失败（没有 openid、未订阅 43101、其他微信错误、模板未配置）从不影响站内消息和引起通知的业务动作：
 *   结果记在消息的 push 字段（未送达会被计数），并更新收件人的 people.wechat（订阅额度、最近失败）。
 * - 推送给微信的字段只取 NotifyMessage.push（或标题），按微信的长度规则截断，从不含学生姓名。
 * - 云函数 config.json 需声明 permissions.openapi: ["subscribeMessage.send"]（由微信开发者工具上传时生效）。
 */
import { randomUUID } from 'crypto'
import { inShanghai } from '../../domain/calendar'
import type { MessageDoc, MessageKind, MessagePush } from '../../types/models-observations'
import type { PersonDoc } from '../../types/models'
import { COLLECTIONS } from './collections'
import { getByIds, insertOnce } from './dbops'
import { functionEnv, reportConfigOnce, type FunctionEnv } from './env'
import type { Database } from './sdk'
import { sendSubscribeMessage, type SendOutcome } from './wechat'

// 发送消息的函数在实例启动时检查一次配置（缺模板 id 记一条清楚的错误日志）
reportConfigOnce()

/** 推送到微信的字段（不得含学生姓名） */
export interface PushFields {
  /** 事项（thing，≤ 20 字） */
  subject: string
  /** 状态（phrase，≤ 5 个汉字） */
  phrase: string
  /** 时间（time）；缺省为发送时刻 */
  at?: Date
  /** 提示（thing，≤ 20 字） */
  note: string
}

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
  /** 订阅消息的字段；缺省用标题与按类型的默认文字 */
  push?: PushFields
  /** 关联记录 id（如告警 id），存入消息的 ref */
  ref?: string
}

export interface NotifyResult {
  /** 新发出的收件人数 */
  sent: number
  /** 因去重跳过的收件人数 */
  skipped: number
  /** 新发出的收件人 personId */
  sentTo: string[]
  /** 其中推送到微信未送达的人数（含未配置模板） */
  undelivered?: number
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
          _id: messageIdFor(m, personId, this.now),
          personId,
          kind: m.kind,
          title: m.title,
          body: m.body,
          createdAt: this.now,
          readAt: null,
        }
        if (m.link) doc.link = m.link
        if (m.ref) doc.ref = m.ref
        if (await insertOnce(this.database, COLLECTIONS.messages, doc)) sentTo.push(personId)
      }),
    )
    return { sent: sentTo.length, skipped: recipients.length - sentTo.length, sentTo }
  }
}

/** 消息 id：有去重键时确定（'<dedupeKey>:<personId>'），时间线据此找到某条告警的每条消息 */
export function messageIdFor(m: Pick<NotifyMessage, 'dedupeKey'>, personId: string, now: Date): string {
  return m.dedupeKey ? `${m.dedupeKey}:${personId}` : `msg-${now.getTime().toString(36)}-${randomUUID()}`
}

/** 微信订阅消息的值规则：超出即截断（微信对超长值答 47003，整条丢失） */
export const WECHAT_LIMITS = { thing: 20, phrase: 5, name: 10, number: 32, character_string: 32 } as const

/** 按字符（不是 UTF-16 单元）截断到 n 个，超出时以 … 结尾 */
export function clip(s: string, n: number): string {
  const chars = [...s.replace(/\s+/g, ' ').trim()]
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : chars.join('')
}

/** phrase 只允许 ≤ 5 个汉字：去掉其他字符后截断；为空时用默认 */
export function fitPhrase(s: string, fallback: string): string {
  const han = [...s].filter((c) => /[\u4e00-\u9fa5]/.test(c)).slice(0, WECHAT_LIMITS.phrase).join('')
  return han || fallback
}

const DEFAULT_PUSH: Record<MessageKind, { phrase: string; note: string }> = {
  reminder: { phrase: '待提交', note: '请在截止前提交周报' },
  followup: { phrase: '待跟进', note: '请尽快跟进并更新日期' },
  alert: { phrase: '待确认', note: '请尽快在心桥中确认' },
  escalation: { phrase: '已升级', note: '辅导员超时未确认，请跟进' },
  returned: { phrase: '已退回', note: '请查看退回意见' },
  feedback: { phrase: '有反馈', note: '请在心桥中查看' },
  approval: { phrase: '已审批', note: '请在心桥中查看' },
}

/**
 * 订阅消息模板字段。两个模板（提醒、告警）都需含这四个关键词：
 * thing1 事项、phrase2 状态、time3 时间、thing4 提示。换模板时只改这里。
 */
export function subscribeTemplateData(m: NotifyMessage, now: Date): Record<string, { value: string }> {
  const d = DEFAULT_PUSH[m.kind]
  const p = m.push ?? { subject: m.title, phrase: d.phrase, note: d.note }
  return {
    thing1: { value: clip(p.subject, WECHAT_LIMITS.thing) },
    phrase2: { value: fitPhrase(p.phrase, d.phrase) },
    time3: { value: inShanghai(p.at ?? now).format('YYYY-MM-DD HH:mm') },
    thing4: { value: clip(p.note || d.note, WECHAT_LIMITS.thing) },
  }
}

/** 模板类别：提醒模板（周报提醒、逾期跟进）/ 告警模板（即时报告、升级）；其余类型只发站内消息 */
export function templateKeyFor(kind: MessageKind): 'reminder' | 'alert' | null {
  if (kind === 'reminder' || kind === 'followup') return 'reminder'
  if (kind === 'alert' || kind === 'escalation') return 'alert'
  return null
}

/** 消息类型 → 模板 id（空串 = 不推送或未配置） */
export function templateFor(kind: MessageKind, env: Pick<FunctionEnv, 'templates'>): string {
  const key = templateKeyFor(kind)
  return key ? env.templates[key] : ''
}

/** 未送达原因（中文，显示在时间线与消息列表） */
export function pushReason(errcode: number): string {
  if (errcode === 43101) return '对方未订阅或订阅次数已用完'
  if (errcode === 40003) return '对方的微信身份无效'
  if (errcode === 47003) return '消息字段不符合模板要求'
  if (errcode === 40037) return '模板 id 无效'
  return `微信接口错误 ${errcode}`
}

/** 把一条新写入的站内消息推送到微信，并记录结果；从不抛出 */
async function pushOne(database: Database, now: Date, env: FunctionEnv, m: NotifyMessage, person: PersonDoc | undefined, personId: string): Promise<MessagePush> {
  const key = templateKeyFor(m.kind)!
  const templateId = env.templates[key]
  let push: MessagePush
  let outcome: SendOutcome | null = null
  if (!templateId) push = { state: 'unconfigured', at: now, reason: '微信提醒未配置（缺少模板 id）' }
  else if (!person?.openid) push = { state: 'failed', at: now, reason: '没有微信身份' }
  else {
    outcome = await sendSubscribeMessage({
      touser: person.openid,
      templateId,
      page: (m.link ?? '/pages/home/index').replace(/^\//, ''),
      data: subscribeTemplateData(m, now),
    })
    push = outcome.errcode === 0 ? { state: 'sent', at: now } : { state: 'failed', at: now, errcode: outcome.errcode, reason: pushReason(outcome.errcode) }
    if (outcome.errcode !== 0) console.warn('[xinqiao] subscribe message not delivered', personId, outcome.errcode, outcome.errmsg)
  }
  const _ = database.command
  const writes: Promise<unknown>[] = [
    database.collection(COLLECTIONS.messages).doc(messageIdFor(m, personId, now)).update({ push }),
  ]
  if (person && outcome) {
    const credit = `wechat.credits.${key}`
    if (outcome.errcode === 0) {
      writes.push(database.collection(COLLECTIONS.people).doc(personId).update({ 'wechat.lastSentAt': now }))
      if (!env.longTerm[key]) writes.push(database.collection(COLLECTIONS.people).where({ _id: personId, [credit]: _.gt(0) }).update({ [credit]: _.inc(-1) }))
    } else {
      const fail: Record<string, unknown> = { 'wechat.lastFailedAt': now, 'wechat.lastErrcode': outcome.errcode, 'wechat.failures': _.inc(1) }
      if (outcome.errcode === 43101) fail[credit] = 0
      writes.push(database.collection(COLLECTIONS.people).doc(personId).update(fail))
    }
  }
  await Promise.all(writes).catch((err) => console.error('[xinqiao] push result not recorded', personId, (err as Error).message))
  return push
}

/** 站内消息 + 微信推送（只推给这次新写入站内消息的人：重复触发不重复推送） */
class PushingNotifier implements Notifier {
  constructor(
    private readonly database: Database,
    private readonly now: Date,
    private readonly env: FunctionEnv,
  ) {}

  async send(personIds: string[], m: NotifyMessage): Promise<NotifyResult> {
    const result = await new InAppNotifier(this.database, this.now).send(personIds, m)
    if (result.sentTo.length === 0 || !templateKeyFor(m.kind)) return result
    let people = new Map<string, PersonDoc>()
    try {
      people = await getByIds<PersonDoc>(this.database, COLLECTIONS.people, result.sentTo)
    } catch (err) {
      console.error('[xinqiao] recipients not loaded', (err as Error).message)
    }
    const pushes = await Promise.all(result.sentTo.map((id) => pushOne(this.database, this.now, this.env, m, people.get(id), id)))
    return { ...result, undelivered: pushes.filter((p) => p.state !== 'sent').length }
  }
}

/** 通知器：站内消息总写；有模板的类型再推送微信 */
export function createNotifier(database: Database, now: Date, env: FunctionEnv = functionEnv()): Notifier {
  return new PushingNotifier(database, now, env)
}

/** 便捷函数：发送一条通知给若干人 */
export function notify(database: Database, now: Date, personIds: string[], message: NotifyMessage): Promise<NotifyResult> {
  return createNotifier(database, now).send(personIds, message)
}
