/**
 * remindMissing：截止前提醒本周尚未提交周报的填报人（每站、每周只提醒一次；重跑不重复发送）。
 */
import { currentWeek } from '../../domain/calendar'
import type { StationDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll } from '../_lib/dbops'
import { findCurrentTerm } from '../_lib/term'
import { remindStation } from '../observations/remind'
import type { JobContext } from './types'

export async function remindMissing({ db, now }: JobContext): Promise<{ stations: number; units: number; reminded: number }> {
  const stations = await fetchAll<StationDoc>(db.collection(COLLECTIONS.stations).where({}))
  let units = 0
  let reminded = 0
  for (const st of stations) {
    const term = await findCurrentTerm(db, st._id, now)
    const week = term ? currentWeek(term, now) : null
    if (!term || !week) continue
    const r = await remindStation(db, st._id, term, week, now)
    units += r.units
    reminded += r.sent
  }
  return { stations: stations.length, units, reminded }
}
