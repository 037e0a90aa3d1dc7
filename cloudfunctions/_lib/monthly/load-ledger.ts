/**
 * 月报工作台账节的加载器：本月的培训（应到人员与台账同一推导：training-attendees.ts）、考勤、活动、走访、研判会，以及月内在任的辅导员。
 */
import { monthDates, monthRange } from '../../../domain/calendar'
import type { LedgerInput } from '../../../domain/monthly'
import type { DormDoc, PersonDoc, RoleAssignmentDoc } from '../../../types/models'
import type { ActivityDoc, CaseReviewDoc, DormVisitDoc, TrainingAttendanceDoc, TrainingDoc } from '../../../types/models-ledger'
import { isAssignmentActive } from '../access'
import { COLLECTIONS } from '../collections'
import { getAll, getByIds } from '../dbops'
import type { Database } from '../sdk'
import { expectedFrom, loadRoster } from '../training-attendees'

export async function loadLedgerInput(db: Database, stationId: string, month: string, now: Date): Promise<LedgerInput> {
  const { first, last } = monthDates(month)
  const inMonth = { stationId, date: { $gte: first, $lte: last } }
  const [trainings, activities, visits, reviews, assignments] = await Promise.all([
    getAll<TrainingDoc>(db, COLLECTIONS.trainings, inMonth, { field: { title: true, date: true, hours: true, startsAt: true, endsAt: true, audience: true, unitScope: true, stationId: true } }),
    getAll<Pick<ActivityDoc, 'type' | 'stage' | 'date'>>(db, COLLECTIONS.activities, inMonth, { field: { type: true, stage: true, date: true } }),
    getAll<Pick<DormVisitDoc, 'counselorId' | 'dormId' | 'date'>>(db, COLLECTIONS.dormVisits, inMonth, { field: { counselorId: true, dormId: true, date: true } }),
    getAll<Pick<CaseReviewDoc, 'date' | 'items'>>(db, COLLECTIONS.caseReviews, inMonth, { field: { date: true, 'items.decision': true } }),
    getAll<RoleAssignmentDoc>(db, COLLECTIONS.roleAssignments, { stationId, role: 'counselor' }),
  ])
  // 应到人员：本站名册读一次，每场培训在内存里推导（不按场次逐个读）
  const [attendance, roster] = trainings.length
    ? await Promise.all([
      getAll<TrainingAttendanceDoc>(db, COLLECTIONS.trainingAttendance, { trainingId: { $in: trainings.map((t) => t._id) } }, { field: { trainingId: true, personId: true, status: true } }),
      loadRoster(db, stationId),
    ])
    : [[], null]
  const expected = trainings.map((t) => expectedFrom(roster!, t))
  const ref = new Date(Math.min(now.getTime(), monthRange(month).end.getTime() - 1))
  const counselors = assignments.filter((a) => isAssignmentActive(a, ref))
  const [people, dorms] = await Promise.all([
    getByIds<PersonDoc>(db, COLLECTIONS.people, counselors.map((a) => a.personId)),
    getByIds<DormDoc>(db, COLLECTIONS.dorms, counselors.flatMap((a) => a.dormIds ?? [])),
  ])
  const of = (trainingId: string, status: 'present' | 'absent') =>
    attendance.filter((a) => a.trainingId === trainingId && a.status === status).map((a) => a.personId)
  return {
    trainings: trainings.map((t, i) => ({
      date: t.date, title: t.title, hours: t.hours, endsAt: new Date(t.endsAt),
      expectedIds: expected[i].map((e) => e.personId), presentIds: of(t._id, 'present'), absentIds: of(t._id, 'absent'),
    })),
    activities,
    counselors: counselors.map((a) => ({ personId: a.personId, name: people.get(a.personId)?.name ?? '', dormIds: a.dormIds ?? [] })),
    dormNames: Object.fromEntries([...dorms].map(([id, d]) => [id, d.name])),
    visits,
    caseReviews: reviews.map((r) => ({ date: r.date, decisions: (r.items ?? []).map((x) => x.decision) })),
  }
}
