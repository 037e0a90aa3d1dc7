/**
 * 演示数据（即时报告的历史）：经与函数相同的规则写入 —— raiseAlert 建告警、通知与约谈任务，
 * 随后由负责的辅导员在时限内确认，并记一条危机干预谈话关闭约谈任务（talk-sources 的 closeTask）。
 * 这样演示里的每个危机条目都有即时报告，“因即时报告入库”的重点关注也有对应的告警。确定性 id，重复调用不重复写入。
 */
import { addDays, shanghaiDate, shanghaiInstant } from '../../domain/calendar'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { getById, insertOnce, updateWhere } from '../../cloudfunctions/_lib/dbops'
import type { Database } from '../../cloudfunctions/_lib/sdk'
import { talkTaskIdOf } from '../../cloudfunctions/_lib/talk-tasks'
import { closeTask } from '../../cloudfunctions/counseling/talk-sources'
import { raiseAlert, type AlertSpec } from '../../cloudfunctions/_lib/alerts'
import { applySideEffects } from '../../cloudfunctions/observations/submit'
import type { PersonDoc } from '../../types/models'
import type { TalkDoc } from '../../types/models-counseling'
import type { AlertDoc, WeeklyReportDoc } from '../../types/models-observations'

export interface AlertHistory {
  /** 辅导员确认用时（分钟，须在站点时限内） */
  ackMinutes: number
  /** 处理谈话：有则记一条危机干预谈话并关闭约谈任务 */
  talk?: { id: string; summary: string; measures: string; referred: boolean; followUpDate?: string }
}

/** 已确认的即时报告（已过去的时刻 raisedAt），返回告警 */
export async function seedAckedAlert(db: Database, spec: AlertSpec, raisedAt: Date, history: AlertHistory, now: Date): Promise<AlertDoc> {
  const { alert } = await raiseAlert(db, spec, raisedAt)
  return settleAlert(db, alert, history, now)
}

/** 周报里的危机条目：与提交时相同的后续动作（即时报告 + 约谈任务），再按 history 确认与处理 */
export async function seedReportAlerts(db: Database, reports: WeeklyReportDoc[], now: Date): Promise<number> {
  let n = 0
  for (const r of reports) {
    const crisis = r.concerns.filter((c) => c.level === 'crisis')
    if (crisis.length === 0) continue
    await applySideEffects(db, r, r.firstSubmittedAt)
    for (const c of crisis) {
      const alert = (await db.collection(COLLECTIONS.alerts).where({ reportId: r._id, concernId: c.id }).limit(1).get()).data[0] as AlertDoc | undefined
      if (!alert) continue
      await settleAlert(db, alert, {
        ackMinutes: 8 + (n % 3) * 6,
        talk: {
          id: `demo-talk-alert-${alert._id}`, summary: '接到即时报告后当晚面谈，了解情绪与安全情况，已联系家长并安排室友陪伴。',
          measures: '通知家长；建议到校心理中心咨询；每日关注', referred: false,
        },
      }, now)
      n++
    }
  }
  return n
}

async function settleAlert(db: Database, alert: AlertDoc, history: AlertHistory, now: Date): Promise<AlertDoc> {
  const ackedAt = new Date(alert.createdAt.getTime() + history.ackMinutes * 60_000)
  const ackedBy = alert.counselorIds[0]
  if (!ackedBy || ackedAt.getTime() > now.getTime()) return alert
  await updateWhere(db, COLLECTIONS.alerts, { _id: alert._id, ackedAt: null }, { ackedAt, ackedBy })
  if (history.talk && alert.studentId) {
    const author = await getById<PersonDoc>(db, COLLECTIONS.people, ackedBy)
    const date = shanghaiDate(ackedAt)
    const createdAt = new Date(Math.min(shanghaiInstant(date, '21:00').getTime(), now.getTime()))
    const talk: TalkDoc = {
      _id: history.talk.id, stationId: alert.stationId, studentId: alert.studentId, studentName: alert.studentName ?? '',
      classId: alert.classId ?? '', dormId: alert.dormId ?? '', authorId: ackedBy, authorName: author?.name ?? '', date,
      place: '辅导员办公室', form: 'in_person', type: 'crisis', source: 'alert', sourceRef: `alert:${alert._id}`,
      summary: history.talk.summary, level: 'crisis', measures: history.talk.measures, referred: history.talk.referred,
      followUpDate: history.talk.followUpDate ?? addDays(date, 7), createdAt,
    }
    if (await insertOnce(db, COLLECTIONS.talks, talk)) await closeTask(db, talkTaskIdOf('alert', alert._id), talk._id, createdAt)
  }
  return { ...alert, ackedAt, ackedBy }
}
