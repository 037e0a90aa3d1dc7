/**
 * remindMissing：截止前 REMIND_LEAD_HOURS 小时内，提醒本周尚未提交周报的填报人。
 * 每小时运行一次，按各站自己的截止时间判断（默认周日 22:00 → 周日 18:00 那次提醒）；
 * 每站每周只提醒一次（去重键），重跑、重复触发都不重复发送。
 */
import { currentWeek, weekWindow } from '../../domain/calendar'
import type { StationDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll } from '../_lib/dbops'
import { findCurrentTerm } from '../_lib/term'
import { remindStation } from '../_lib/reminders'
import type { JobContext } from './types'

/** 截止前多少小时内提醒 */
export const REMIND_LEAD_HOURS = 4

export async function remindMissing({ db, now }: JobContext): Promise<{ stations: number; units: number; reminded: number }> {
  const stations = await fetchAll<StationDoc>(db.collection(COLLECTIONS.stations).where({}))
  let units = 0
  let reminded = 0
  for (const st of stations) {
    const term = await findCurrentTerm(db, st._id, now)
    const week = term ? currentWeek(term, now) : null
    if (!term || !week) continue
    const left = weekWindow(term, week).due.getTime() - now.getTime()
    if (left <= 0 || left > REMIND_LEAD_HOURS * 3600_000) continue
    const r = await remindStation(db, st._id, term, week, now)
    units += r.units
    reminded += r.sent
  }
  return { stations: stations.length, units, reminded }
}
