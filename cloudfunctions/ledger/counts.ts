/**
 * 校心理中心：各站一个学年的台账数量（培训场次与到场人次、已开展的活动、研判会、深入宿舍次数），不含任何姓名。
 */
import { schoolYearOf, shanghaiDate } from '../../domain/calendar'
import { type LedgerCountsView } from '../../types/api/ledger'
import type { StationDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { defineAction } from '../_lib/handler'
import { ledgerContract } from '../../types/api/ledger.contract'
import type { Database } from '../_lib/sdk'
import { fetchAll } from '../_lib/dbops'

async function countBy(db: Database, collection: string, where: Record<string, unknown>): Promise<Map<string, number>> {
  const rows = await fetchAll<{ stationId: string }>(db.collection(collection).where(where).field({ stationId: true }) as never, 100_000)
  const m = new Map<string, number>()
  for (const r of rows) m.set(r.stationId, (m.get(r.stationId) ?? 0) + 1)
  return m
}

export const ledgerCounts = defineAction(ledgerContract['counts'], async ({ db, now }, input): Promise<LedgerCountsView> => {
    const year = input.schoolYear ?? schoolYearOf(shanghaiDate(now))
    const start = Number(year.slice(0, 4))
    const first = `${start}-08-01`
    const last = `${start + 1}-07-31`
    const _ = db.command
    const inYear = { date: _.gte(first).and(_.lte(last)) }
    const [stations, trainings, activities, reviews, visits] = await Promise.all([
      fetchAll<StationDoc>(db.collection(COLLECTIONS.stations).where({ _id: _.exists(true) })),
      fetchAll<{ _id: string; stationId: string }>(db.collection(COLLECTIONS.trainings).where(inYear).field({ _id: true, stationId: true }) as never, 20_000),
      countBy(db, COLLECTIONS.activities, { ...inYear, stage: _.in(['held', 'summarised']) }),
      countBy(db, COLLECTIONS.caseReviews, inYear),
      countBy(db, COLLECTIONS.dormVisits, inYear),
    ])
    const trainingStation = new Map(trainings.map((t) => [t._id, t.stationId]))
    const present = await fetchAll<{ trainingId: string }>(
      db.collection(COLLECTIONS.trainingAttendance).where({ status: 'present' }).field({ trainingId: true }) as never, 200_000,
    )
    const attendance = new Map<string, number>()
    for (const a of present) {
      const s = trainingStation.get(a.trainingId)
      if (s) attendance.set(s, (attendance.get(s) ?? 0) + 1)
    }
    const trainingsBy = new Map<string, number>()
    for (const t of trainings) trainingsBy.set(t.stationId, (trainingsBy.get(t.stationId) ?? 0) + 1)
    return {
      schoolYear: `${start}-${start + 1}`,
      rows: stations.map((s) => ({
        stationId: s._id, stationName: s.name,
        trainings: trainingsBy.get(s._id) ?? 0, trainingAttendance: attendance.get(s._id) ?? 0,
        activitiesHeld: activities.get(s._id) ?? 0, caseReviews: reviews.get(s._id) ?? 0, dormVisits: visits.get(s._id) ?? 0,
      })).sort((a, b) => a.stationName.localeCompare(b.stationName, 'zh')),
    }
  })
