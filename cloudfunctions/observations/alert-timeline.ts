/**
 * alert.timeline（辅导员 / 站长）：一条即时报告的送达时间线——何时产生、推送到微信了没有（没有的原因）、
 * 谁在心桥里看到、谁确认、何时升级。消息由告警 id（messages.ref）找到。3 次数据库读取。
 */
import { type AlertTimeline, type AlertTimelineEvent } from '../../types/api/observations'
import type { PersonDoc } from '../../types/models'
import type { AlertDoc, MessageDoc } from '../../types/models-observations'
import { studentInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, getById, getByIds } from '../_lib/dbops'
import { notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'

const iso = (d: Date | string): string => new Date(d).toISOString()

/** 告警是否在调用者范围内（按告警所带的站点/班级/宿舍判断） */
export function alertInScope(caller: Caller, a: AlertDoc): boolean {
  return studentInScope(caller, { stationId: a.stationId, classId: a.classId ?? '', dormId: a.dormId ?? '' })
}

/** 由告警与它的消息排出时间线（纯函数） */
export function buildTimeline(a: AlertDoc, messages: MessageDoc[], names: Map<string, string>): AlertTimelineEvent[] {
  const who = (id: string | null | undefined) => (id ? names.get(id) ?? '' : '')
  const events: AlertTimelineEvent[] = [{ kind: 'raised', at: iso(a.createdAt), who: a.reporterName ?? '', text: a.source === 'concern' ? '周报危机条目产生即时报告' : '即时报告提交' }]
  for (const m of messages) {
    const to = who(m.personId)
    const stage = m.kind === 'escalation' ? '升级通知' : '告警'
    if (m.push?.state === 'sent') events.push({ kind: 'pushed', at: iso(m.push.at), who: to, text: `${stage}已推送到微信` })
    else if (m.push) events.push({ kind: 'not_pushed', at: iso(m.push.at), who: to, text: `${stage}未推送到微信：${m.push.reason ?? '原因未知'}` })
    else events.push({ kind: 'not_pushed', at: iso(m.createdAt), who: to, text: `${stage}只进了站内消息` })
    if (m.readAt) events.push({ kind: 'seen', at: iso(m.readAt), who: to, text: '在心桥中看到' })
  }
  if (a.escalatedAt) events.push({ kind: 'escalated', at: iso(a.escalatedAt), text: '超过确认时限，升级给站长' })
  if (a.ackedAt) events.push({ kind: 'acked', at: iso(a.ackedAt), who: who(a.ackedBy), text: '确认已知悉' })
  const order: Record<AlertTimelineEvent['kind'], number> = { raised: 0, pushed: 1, not_pushed: 1, seen: 2, escalated: 3, acked: 4 }
  return events.sort((x, y) => x.at.localeCompare(y.at) || order[x.kind] - order[y.kind])
}

export const alertTimeline = defineAction(observationsContract['alert.timeline'], async ({ db, caller, audit }, input): Promise<AlertTimeline> => {
    const alert = await getById<AlertDoc>(db, COLLECTIONS.alerts, input.alertId)
    if (!alert || !alertInScope(caller, alert)) throw notFound()
    const messages = await fetchAll<MessageDoc>(db.collection(COLLECTIONS.messages).where({ ref: alert._id }).orderBy('createdAt', 'asc') as never, 200)
    const people = await getByIds<PersonDoc>(db, COLLECTIONS.people, [...messages.map((m) => m.personId), ...(alert.ackedBy ? [alert.ackedBy] : [])])
    await audit('observations.alert.timeline', [alert._id, ...(alert.studentId ? [alert.studentId] : [])])
    return { alertId: alert._id, events: buildTimeline(alert, messages, new Map([...people].map(([id, p]) => [id, p.name]))) }
  })
