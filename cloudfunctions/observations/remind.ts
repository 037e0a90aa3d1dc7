/**
 * 未报提醒：missing.list（本周未报的单位与其填报人）、remind（一键提醒一个或全部）。
 * 查找与发送在 _lib/reminders.ts（定时任务 remindMissing 用同一套）。
 */
import { defaultTermWeek, inShanghai } from '../../domain/calendar'
import { type MissingListOutput, type MissingUnit, type WeekInfo } from '../../types/api/observations'
import type { TermDoc } from '../../types/models'
import type { Caller } from '../_lib/access'
import { defineAction } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'
import { missingAmong, sendReminders } from '../_lib/reminders'
import type { Database } from '../_lib/sdk'
import { assertWeekInTerm, reportsForWeek } from './board'
import { loadTermWithPhase } from '../_lib/term'
import { stationOf, unitsInScope, weekInfo } from './shared'

async function missingForCaller(db: Database, caller: Caller, term: TermDoc, week: number, now: Date): Promise<{ week: WeekInfo; units: MissingUnit[] }> {
  const info = weekInfo(term, week)
  if (info.off) return { week: info, units: [] }
  const [units, reports] = await Promise.all([unitsInScope(db, caller), reportsForWeek(db, caller, term._id, week)])
  return { week: info, units: await missingAmong(db, stationOf(caller), units, new Set(reports.keys()), now) }
}

export const missingList = defineAction(observationsContract['missing.list'], async ({ db, caller, now, audit }, input): Promise<MissingListOutput> => {
    const { term, phase } = await loadTermWithPhase(db, stationOf(caller), now)
    // 假期中没有“本周”：不列未报（上一学期的情况在看板里看）
    if (input.week === undefined && phase.kind !== 'in_term') {
      await audit('observations.missing.list', [])
      return { week: weekInfo(term, term.weeks), units: [], phase }
    }
    const week = input.week ?? defaultTermWeek(term, now)
    assertWeekInTerm(term, week)
    const out = await missingForCaller(db, caller, term, week, now)
    // 名单上是学生骨干的姓名
    const shown = out.units.flatMap((u) => u.reporters.map((r) => r.personId))
    await audit('observations.missing.list', shown)
    return { ...out, phase }
  })

export const remind = defineAction(observationsContract['remind'], async ({ db, caller, now }, input) => {
    const { term, phase } = await loadTermWithPhase(db, stationOf(caller), now)
    const week = input.week ?? defaultTermWeek(term, now)
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
