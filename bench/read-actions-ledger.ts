/**
 * bench:actions 的读动作表（续）：ledger、station、assessment 三个函数的读动作。
 * 目标记录由 bench/ledger-records.ts 经各函数的写动作在两个站点上造出。
 */
import { shanghaiDate, shanghaiMonth } from '../domain/calendar'
import { COLLECTIONS } from '../cloudfunctions/_lib/collections'
import { first, firstOf, type ReadSpec, type Scope } from './read-actions-base'

const empty = async () => ({})
/** 学校中心带上站点 id，其他角色读本站 */
const forCenter = (s: Scope, extra: object = {}) => (s.referred !== undefined ? { stationId: s.stationId, ...extra } : extra)
/** 辅导员只读自己建的记录 */
const mine = (s: Scope) => (s.classIds ? { createdBy: s.personId } : {})

export const LEDGER: Record<string, ReadSpec> = {
  'ledger.training.list': { screen: true, payload: empty },
  'ledger.training.get': { screen: true, payload: firstOf(COLLECTIONS.trainings, (s, _db, now) => ({ stationId: s.stationId, date: shanghaiDate(now), ...mine(s) })) },
  'ledger.training.code': { screen: true, payload: firstOf(COLLECTIONS.trainings, (s, _db, now) => ({ stationId: s.stationId, date: shanghaiDate(now), createdBy: s.personId })) },
  'ledger.training.coverage': { screen: true, payload: empty },
  'ledger.training.history': { screen: true, payload: empty },
  'ledger.visit.list': { screen: true, payload: empty },
  'ledger.visit.coverage': { screen: true, payload: async (_db, _s, now) => ({ month: shanghaiMonth(now) }) },
  'ledger.caseReview.list': { screen: true, payload: empty },
  'ledger.caseReview.get': { screen: true, payload: firstOf(COLLECTIONS.caseReviews, (s) => ({ stationId: s.stationId })) },
  'ledger.activity.list': { screen: true, payload: empty },
  'ledger.activity.get': { screen: true, payload: firstOf(COLLECTIONS.activities, (s) => ({ stationId: s.stationId, ...mine(s) })) },
  'ledger.activity.stats': { screen: true, payload: empty },
  'ledger.counts': { screen: true, payload: empty },
}

const round = firstOf(COLLECTIONS.screeningRounds, (s) => ({ stationId: s.stationId }), (r) => ({ roundId: r._id }))

export const STATION: Record<string, ReadSpec> = {
  'station.staff.list': { screen: true, payload: async (_db, s) => forCenter(s) },
  'station.staff.norms.get': { screen: true, payload: empty },
  'station.staff.register': { screen: false, payload: async (_db, s) => forCenter(s) },
  'station.plan.get': { screen: true, payload: async (_db, s) => forCenter(s) },
  'station.summary.get': { screen: true, payload: async (_db, s) => forCenter(s) },
  'station.summary.export': { screen: false, payload: firstOf(COLLECTIONS.workSummaries, (s) => ({ stationId: s.stationId }), (w, s) => ({ schoolYear: w.schoolYear, ...forCenter(s) })) },
  'station.screening.list': { screen: true, payload: async (_db, s) => forCenter(s) },
  'station.screening.get': { screen: true, payload: round },
  'station.screening.gaps': { screen: true, payload: round },
}

/** 学校中心只读已提交（或已退回）的手册 */
const binderFor = async (db: Parameters<ReadSpec['payload']>[0], s: Scope, extra: object) => {
  if (s.referred === undefined) return extra
  const b = await first(db, COLLECTIONS.assessmentBinders, { stationId: s.stationId, version: db.command.gt(0) })
  return b ? { schoolYear: b.schoolYear, stationId: s.stationId, ...extra } : null
}

export const ASSESSMENT: Record<string, ReadSpec> = {
  'assessment.binder.get': { screen: false, ownBudget: 'bench:binder', payload: (db, s) => binderFor(db, s, {}) },
  'assessment.binder.compare': { screen: true, payload: empty },
  'assessment.binder.export': { screen: false, ownBudget: 'bench:binder', payload: (db, s) => binderFor(db, s, { format: 'xlsx' }) },
}
