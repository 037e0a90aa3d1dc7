/** 学期设置：term.get（本站各角色）/ term.set（站长：开学周一、周数、假期周、截止时刻、即时报告确认时限） */
import { currentWeek, shanghaiInstant } from '../../domain/calendar'
import { type TermGetOutput, type TermView } from '../../types/api/identity'
import type { StationDoc, TermDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { invalidField, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import type { Database } from '../_lib/sdk'
import { findCurrentTerm, listTerms, termEnd } from '../_lib/term'
import { unwrap } from '../_lib/dbops'
import { newId } from './util'

const view = (t: TermDoc): TermView => ({
  _id: t._id,
  name: t.name,
  startDate: t.startDate,
  weeks: t.weeks,
  weeksOff: t.weeksOff,
  deadlineWeekday: t.deadlineWeekday,
  deadlineTime: t.deadlineTime,
})

async function termState(db: Database, stationId: string, now: Date): Promise<TermGetOutput> {
  const [terms, current, st] = await Promise.all([
    listTerms(db, stationId),
    findCurrentTerm(db, stationId, now),
    db.collection(COLLECTIONS.stations).doc(stationId).get(),
  ])
  const station = unwrap(st).data[0] as StationDoc | undefined
  return {
    current: current ? view(current) : null,
    terms: terms.map(view),
    currentWeek: current ? currentWeek(current, now) : null,
    ackLimitMinutes: station?.ackLimitMinutes ?? 30,
  }
}

export const termGet = defineAction(identityContract['term.get'], async ({ db, caller, now }) => termState(db, caller.stationId!, now))

export const termSet = defineAction(identityContract['term.set'], async ({ db, caller, now, audit }, input): Promise<TermGetOutput> => {
    const stationId = caller.stationId!
    const terms = await listTerms(db, stationId)
    const existing = input.termId ? terms.find((t) => t._id === input.termId) : undefined
    if (input.termId && !existing) throw notFound()
    const start = shanghaiInstant(input.startDate).getTime()
    const end = termEnd(input).getTime()
    const overlap = terms.find((t) => t._id !== input.termId && shanghaiInstant(t.startDate).getTime() < end && start < termEnd(t).getTime())
    if (overlap) throw invalidField('startDate', `与已有学期“${overlap.name}”的时间重叠`)
    const fields = {
      stationId,
      name: input.name,
      startDate: input.startDate,
      weeks: input.weeks,
      weeksOff: [...new Set(input.weeksOff)].sort((a, b) => a - b),
      deadlineWeekday: input.deadlineWeekday,
      deadlineTime: input.deadlineTime,
      updatedAt: now,
    }
    const id = existing?._id ?? newId()
    if (existing) unwrap(await db.collection(COLLECTIONS.terms).doc(id).update(fields))
    else unwrap(await db.collection(COLLECTIONS.terms).doc(id).set({ ...fields, createdAt: now }))
    if (input.ackLimitMinutes !== undefined) {
      unwrap(await db.collection(COLLECTIONS.stations).doc(stationId).update({ ackLimitMinutes: input.ackLimitMinutes }))
    }
    await audit('identity.term.set', [id])
    return termState(db, stationId, now)
  })
