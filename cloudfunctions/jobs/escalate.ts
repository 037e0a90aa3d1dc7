/**
 * escalateAlerts：超过确认时限仍未确认的即时报告升级给站长。
 * 以条件更新 where({ _id, ackedAt: null, escalatedAt: null }).update({ escalatedAt }) 抢占：
 * 重复触发、两个实例并发运行，每条告警也只升级一次、只通知一次。
 */
import { LEVEL_LABELS } from '../../types/domain'
import type { AlertDoc } from '../../types/models-observations'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, updateWhere } from '../_lib/dbops'
import { notify } from '../_lib/notify'
import { ALERT_LINKS } from '../_lib/alerts'
import { headsOf } from '../_lib/responsible'
import type { JobContext } from './types'

export async function escalateAlerts({ db, now }: JobContext): Promise<{ checked: number; escalated: number }> {
  const _ = db.command
  const due = await fetchAll<AlertDoc>(
    db.collection(COLLECTIONS.alerts).where({ ackedAt: null, escalatedAt: null, ackDeadline: _.lte(now) }),
    5000,
  )
  const heads = new Map<string, Promise<string[]>>()
  let escalated = 0
  for (const a of due) {
    const won = await updateWhere(db, COLLECTIONS.alerts, { _id: a._id, ackedAt: null, escalatedAt: null }, { escalatedAt: now })
    if (won !== 1) continue
    escalated++
    if (!heads.has(a.stationId)) heads.set(a.stationId, headsOf(db, a.stationId, now))
    const minutes = Math.round((now.getTime() - new Date(a.createdAt).getTime()) / 60_000)
    await notify(db, now, await heads.get(a.stationId)!, {
      kind: 'escalation',
      title: `即时报告超时未确认（${LEVEL_LABELS[a.level]}）`,
      body: `${a.studentName ? `学生${a.studentName}` : '一名学生'}的即时报告已 ${minutes} 分钟未被辅导员确认：${a.description.slice(0, 60)}`,
      link: `${ALERT_LINKS.head}?id=${encodeURIComponent(a._id)}`,
      dedupeKey: `escalation:${a._id}`,
      ref: a._id,
      push: { subject: `即时报告超时未确认（${LEVEL_LABELS[a.level]}）`, phrase: '已升级', at: new Date(a.createdAt), note: `已 ${minutes} 分钟未确认，请立即跟进` },
    })
  }
  return { checked: due.length, escalated }
}
