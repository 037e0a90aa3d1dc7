/**
 * 周报未报提醒（observations 的一键提醒与 jobs 的定时提醒共用）：找出某周未报的单位与其填报人，给每个填报人发一条提醒。
 * dedupeKey 让同一批次重复点击、定时重跑都不重复发送。
 */
import { inShanghai, weekWindow } from '../../domain/calendar'
import { REPORT_KIND_LABELS } from '../../types/domain'
import type { MissingUnit, UnitRef } from '../../types/api/observations'
import type { TermDoc } from '../../types/models'
import type { WeeklyReportDoc } from '../../types/models-observations'
import { pageUrl } from '../../types/routes'
import { COLLECTIONS } from './collections'
import { fetchAll } from './dbops'
import { notify, type NotifyResult } from './notify'
import { reportersOf } from './responsible'
import type { Database } from './sdk'

/** 填报某周周报的页面（退回与催报通知的链接） */
export const fillLink = (kind: 'class' | 'dorm', week: number): string =>
  pageUrl(kind === 'class' ? 'committee' : 'observer', 'report', { week })

/** 给定单位中该周未报的，附填报人姓名 */
export async function missingAmong(
  db: Database,
  stationId: string,
  units: UnitRef[],
  reported: Set<string>,
  now: Date,
): Promise<MissingUnit[]> {
  const reporters = await reportersOf(db, stationId, now)
  return units
    .filter((u) => !reported.has(`${u.kind}:${u.unitId}`))
    .map((u) => ({ ...u, reporters: reporters.get(`${u.kind}:${u.unitId}`) ?? [] }))
}

/** 发提醒：每个填报人一条；dedupeKey 让同一批次重复点击/定时重跑不重复发送 */
export async function sendReminders(db: Database, term: TermDoc, week: number, units: MissingUnit[], batch: string, now: Date): Promise<NotifyResult> {
  const dueAt = weekWindow(term, week).due
  const due = inShanghai(dueAt).format('M月D日 HH:mm')
  const total: NotifyResult = { sent: 0, skipped: 0, sentTo: [] }
  for (const kind of ['class', 'dorm'] as const) {
    const ids = units.filter((u) => u.kind === kind).flatMap((u) => u.reporters.map((r) => r.personId))
    if (!ids.length) continue
    const r = await notify(db, now, ids, {
      kind: 'reminder',
      title: `请提交第${week}周${REPORT_KIND_LABELS[kind]}`,
      body: `本周周报截止时间为 ${due}，尚未提交。没有需要关注的情况也请一键提交零报告。`,
      link: fillLink(kind, week),
      push: { subject: `请提交第${week}周${REPORT_KIND_LABELS[kind]}`, phrase: '待提交', at: dueAt, note: '没有情况也请一键提交零报告' },
      dedupeKey: `reminder:${batch}:${term._id}:${week}:${kind}`,
    })
    total.sent += r.sent
    total.skipped += r.skipped
    total.sentTo.push(...r.sentTo)
  }
  return total
}

/** 定时提醒：站点当前周未报单位的填报人（同一周只发一次） */
export async function remindStation(db: Database, stationId: string, term: TermDoc, week: number, now: Date): Promise<NotifyResult & { units: number }> {
  if (weekWindow(term, week).off) return { sent: 0, skipped: 0, sentTo: [], units: 0 }
  const [classes, dorms, reports] = await Promise.all([
    fetchAll<{ _id: string; name: string }>(db.collection(COLLECTIONS.classes).where({ stationId })),
    fetchAll<{ _id: string; name: string }>(db.collection(COLLECTIONS.dorms).where({ stationId })),
    fetchAll<WeeklyReportDoc>(db.collection(COLLECTIONS.weeklyReports).where({ stationId, termId: term._id, week })),
  ])
  const units: UnitRef[] = [
    ...classes.map((c) => ({ kind: 'class' as const, unitId: c._id, unitName: c.name })),
    ...dorms.map((d) => ({ kind: 'dorm' as const, unitId: d._id, unitName: d.name })),
  ]
  const missing = await missingAmong(db, stationId, units, new Set(reports.map((r) => `${r.kind}:${r.unitId}`)), now)
  const r = await sendReminders(db, term, week, missing, 'auto', now)
  return { ...r, units: missing.length }
}
