/**
 * 未报提醒：missing.list（本周未报的单位与其填报人）、remind（一键提醒一个或全部）。
 * 定时任务 remindMissing 复用 remindStation。
 */
import { inShanghai, weekWindow } from '../../domain/calendar'
import { REPORT_KIND_LABELS } from '../../types/domain'
import { type MissingListOutput, type MissingUnit, type UnitRef, type WeekInfo } from '../../types/api/observations'
import type { PersonDoc, TermDoc } from '../../types/models'
import type { WeeklyReportDoc } from '../../types/models-observations'
import type { Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, getByIds } from '../_lib/dbops'
import { defineAction } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'
import { notify, type NotifyResult } from '../_lib/notify'
import type { Database } from '../_lib/sdk'
import { assertWeekInTerm, reportsForWeek } from './board'
import { fillLink } from './review'
import { reportersOf } from '../_lib/responsible'
import { loadTermWithPhase } from '../_lib/term'
import { defaultWeek, stationOf, unitsInScope, weekInfo } from './shared'

/** 给定单位中该周未报的，附填报人姓名 */
export async function missingAmong(
  db: Database,
  stationId: string,
  units: UnitRef[],
  reported: Set<string>,
  now: Date,
): Promise<MissingUnit[]> {
  const reporters = await reportersOf(db, stationId, now)
  const missing = units.filter((u) => !reported.has(`${u.kind}:${u.unitId}`))
  const personIds = missing.flatMap((u) => (reporters.get(`${u.kind}:${u.unitId}`) ?? []).map((r) => r.personId))
  const people = await getByIds<PersonDoc>(db, COLLECTIONS.people, personIds)
  return missing.map((u) => ({
    ...u,
    reporters: (reporters.get(`${u.kind}:${u.unitId}`) ?? []).map((r) => ({ personId: r.personId, name: people.get(r.personId)?.name ?? '' })),
  }))
}

async function missingForCaller(db: Database, caller: Caller, term: TermDoc, week: number, now: Date): Promise<{ week: WeekInfo; units: MissingUnit[] }> {
  const info = weekInfo(term, week)
  if (info.off) return { week: info, units: [] }
  const [units, reports] = await Promise.all([unitsInScope(db, caller), reportsForWeek(db, caller, term._id, week)])
  return { week: info, units: await missingAmong(db, stationOf(caller), units, new Set(reports.keys()), now) }
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

export const missingList = defineAction(observationsContract['missing.list'], async ({ db, caller, now, audit }, input): Promise<MissingListOutput> => {
    const { term, phase } = await loadTermWithPhase(db, stationOf(caller), now)
    // 假期中没有“本周”：不列未报（上一学期的情况在看板里看）
    if (input.week === undefined && phase.kind !== 'in_term') {
      await audit('observations.missing.list', [])
      return { week: weekInfo(term, term.weeks), units: [], phase }
    }
    const week = input.week ?? defaultWeek(term, now)
    assertWeekInTerm(term, week)
    const out = await missingForCaller(db, caller, term, week, now)
    // 名单上是学生骨干的姓名
    const shown = out.units.flatMap((u) => u.reporters.map((r) => r.personId))
    await audit('observations.missing.list', shown)
    return { ...out, phase }
  })

export const remind = defineAction(observationsContract['remind'], async ({ db, caller, now }, input) => {
    const { term, phase } = await loadTermWithPhase(db, stationOf(caller), now)
    const week = input.week ?? defaultWeek(term, now)
    assertWeekInTerm(term, week)
    // 假期中不发“本周未报”提醒
    const { units } = input.week === undefined && phase.kind !== 'in_term' ? { units: [] } : await missingForCaller(db, caller, term, week, now)
    const wanted = input.units ? new Set(input.units.map((u) => `${u.kind}:${u.unitId}`)) : null
    const targets = wanted ? units.filter((u) => wanted.has(`${u.kind}:${u.unitId}`)) : units
    // 同一小时内重复点击不重复发送
    const batch = `manual:${inShanghai(now).format('YYYYMMDDHH')}`
    const r = await sendReminders(db, term, week, targets, batch, now)
    return {
      week,
      units: targets.length,
      reminded: r.sent,
      alreadyReminded: r.skipped,
      unitsWithoutReporter: targets.filter((u) => u.reporters.length === 0).length,
    }
  })

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
