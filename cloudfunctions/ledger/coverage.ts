/**
 * 培训覆盖矩阵（站长）与个人培训经历（本人；站长可看站内任何人）。口径见 domain/ledger/coverage.ts。
 */
import { schoolYearOf, weekNumberAt } from '../../domain/calendar'
import { computeCoverage } from '../../domain/ledger/coverage'
import { type CoverageView, type TrainingHistoryView } from '../../types/api/ledger'
import type { PersonDoc, RoleAssignmentDoc } from '../../types/models'
import type { TrainingAttendanceDoc, TrainingDoc } from '../../types/models-ledger'
import { scopeOf } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { ledgerContract } from '../../types/api/ledger.contract'
import { termEnd } from '../_lib/term'
import { cadresFrom, expectedFrom, loadRoster } from '../_lib/training-attendees'
import { fetchAll, getById, getByIds } from '../_lib/dbops'
import { attendanceOf, termFor, trainingsInTerm } from './training-load'

export const trainingCoverage = defineAction(ledgerContract['training.coverage'], async ({ db, caller, now, audit }, input): Promise<CoverageView> => {
    const stationId = caller.stationId!
    const term = await termFor(db, stationId, input.termId, now)
    const end = termEnd(term).getTime()
    const ref = new Date(Math.min(now.getTime(), end - 1))
    // 在任者与各场的应到人员都由本站名册在内存里推导（一次读出，不按场次读）
    const [roster, trainings] = await Promise.all([loadRoster(db, stationId), trainingsInTerm(db, stationId, term)])
    const holders = cadresFrom(roster, ref)
    const att = await attendanceOf(db, trainings.map((t) => t._id))
    const rows = trainings.map((t) => {
      const expected = expectedFrom(roster, t)
      const ids = new Set(expected.map((e) => e.personId))
      return {
        id: t._id,
        ended: new Date(t.endsAt).getTime() <= now.getTime(),
        cadres: t.audience.kind === 'cadres' ? { roles: t.audience.roles, grades: t.audience.grades } : null,
        expectedIds: [...ids],
        presentIds: att.filter((a) => a.trainingId === t._id && a.status === 'present' && ids.has(a.personId)).map((a) => a.personId),
      }
    })
    const grades = [...new Set(roster.classes.map((c) => c.grade))].sort()
    const view = computeCoverage({ term, week: weekNumberAt(term, now), grades, holders, trainings: rows })
    await audit('ledger.training.coverage', holders.map((h) => h.personId))
    return view
  })

export const trainingHistory = defineAction(ledgerContract['training.history'], async ({ db, caller, audit }, input): Promise<TrainingHistoryView> => {
    const personId = input.personId ?? caller.person._id
    if (personId !== caller.person._id) {
      // 只有站长能看别人的培训经历，且此人须在本站任职过
      if (scopeOf(caller.assignment).kind !== 'station') throw notFound()
      const held = await fetchAll<RoleAssignmentDoc>(db.collection(COLLECTIONS.roleAssignments).where({ personId, stationId: caller.stationId }), 50)
      if (held.length === 0) throw notFound()
    }
    const person = await getById<PersonDoc>(db, COLLECTIONS.people, personId)
    if (!person) throw notFound()
    const att = await fetchAll<TrainingAttendanceDoc>(db.collection(COLLECTIONS.trainingAttendance).where({ personId }), 5000)
    const trainings = await getByIds<TrainingDoc>(db, COLLECTIONS.trainings, att.map((a) => a.trainingId))
    const years = new Map<string, TrainingHistoryView['years'][number]>()
    for (const a of att) {
      const t = trainings.get(a.trainingId)
      if (!t) continue
      const sy = schoolYearOf(t.date)
      if (input.schoolYear && sy !== input.schoolYear) continue
      const y = years.get(sy) ?? { schoolYear: sy, hours: 0, sessions: 0, items: [] }
      y.items.push({ trainingId: t._id, title: t.title, date: t.date, hours: t.hours, organiser: t.organiser, status: a.status })
      if (a.status === 'present') {
        y.hours += t.hours
        y.sessions += 1
      }
      years.set(sy, y)
    }
    await audit('ledger.training.history', personId !== caller.person._id ? [personId] : [])
    const list = [...years.values()].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))
    list.forEach((y) => y.items.sort((a, b) => b.date.localeCompare(a.date)))
    return { personId, name: person.name, years: list }
  })
