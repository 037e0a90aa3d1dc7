/**
 * 深入宿舍：辅导员记录走访自己负责的宿舍（日期、发现、需关注学生：记为关注或生成约谈任务），
 * 按月统计每位辅导员的走访覆盖（已走访 / 负责的宿舍，列出本月未走访的宿舍）。
 */
import { monthDates, monthRange, shanghaiDate } from '../../domain/calendar'
import { type VisitCoverageView, type VisitView } from '../../types/api/ledger'
import { visitCoverageRows } from '../../domain/ledger/visits'
import type { DormDoc, RoleAssignmentDoc, StudentDoc } from '../../types/models'
import type { DormVisitDoc } from '../../types/models-ledger'
import { isAssignmentActive, loadUnitInScope, scopeOf, visitScopeFilter } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, invalidField } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { ledgerContract } from '../../types/api/ledger.contract'
import { ensureTalkTask } from '../_lib/talk-tasks'
import { fetchAll, insertOrGet } from '../_lib/dbops'
import { loadDorms, loadPeople, loadStudents, newId } from '../_lib/docs'
import { fetchPage } from '../_lib/dbops'
import type { Paged } from '../../types/api/paging'

function visitView(v: DormVisitDoc): VisitView {
  return {
    id: v._id, dormId: v.dormId, dormName: v.dormName, counselorName: v.counselorName, date: v.date, findings: v.findings,
    concerns: v.concerns.map((c) => ({ studentId: c.studentId, studentName: c.studentName, follow: c.follow, level: c.level, note: c.note })),
  }
}

export const visitCreate = defineAction(ledgerContract['visit.create'], async ({ db, caller, now }, input): Promise<VisitView> => {
    const dorm = await loadUnitInScope<DormDoc>(db, caller, 'dorm', input.dormId)
    if (input.date > shanghaiDate(now)) throw new AppError('DATE.IN_FUTURE', '走访日期不能晚于今天', { fields: [{ path: 'date', message: '走访日期不能晚于今天' }] })
    const students = await loadStudents(db, input.concerns.map((c) => c.studentId))
    const concerns = input.concerns.map((c, i) => {
      const s = students.get(c.studentId)
      if (!s || s.dormId !== dorm._id) throw invalidField(`concerns.${i}.studentId`, '只能登记该宿舍的住宿学生')
      return { studentId: s._id, studentName: s.name, follow: c.follow, level: c.level, note: c.note }
    })
    const _id = input.requestId ? `dv:${caller.person._id}:${input.requestId}`.slice(0, 200) : newId('dv')
    const doc: DormVisitDoc = {
      _id, stationId: dorm.stationId, dormId: dorm._id, dormName: dorm.name, counselorId: caller.person._id, counselorName: caller.person.name,
      date: input.date, findings: input.findings, concerns,
      studentIds: concerns.map((c) => c.studentId),
      classIds: [...new Set(concerns.map((c) => students.get(c.studentId)!.classId))],
      createdAt: now,
    }
    const saved = await insertOrGet(db, COLLECTIONS.dormVisits, doc)
    const visit = saved.inserted ? doc : saved.existing
    // 需约谈的学生：每人一个约谈任务（确定性 id，重试不重复）
    for (const c of visit.concerns.filter((x) => x.follow === 'talk_task')) {
      const s = students.get(c.studentId) as StudentDoc
      await ensureTalkTask(db, {
        stationId: visit.stationId, student: s, source: 'dorm_visit', sourceId: `${visit._id}#${s._id}`, level: c.level,
        description: `深入宿舍（${visit.dormName}）：${c.note}`,
      }, async () => [caller.person._id], now)
    }
    return visitView(visit)
  })

export const visitList = defineAction(ledgerContract['visit.list'], async ({ db, caller, audit }, input): Promise<Paged<VisitView>> => {
    const where: Record<string, unknown> = { ...visitScopeFilter(caller)! }
    const _ = db.command
    if (input.month) {
      const { first, last } = monthDates(input.month)
      where.date = _.gte(first).and(_.lte(last))
    }
    if (input.dormId) where.dormId = input.dormId
    const page = await fetchPage<DormVisitDoc>(db, COLLECTIONS.dormVisits, where, input.page, input.pageSize, ['date', 'desc'])
    await audit('ledger.visit.list', [...new Set(page.items.flatMap((v) => v.studentIds))])
    return { ...page, items: page.items.map(visitView) }
  })

/** 月内在任的辅导员（以月末或现在中较早者为准） */
async function counselorsInMonth(db: Parameters<typeof loadDorms>[0], stationId: string, month: string, now: Date): Promise<RoleAssignmentDoc[]> {
  const ref = new Date(Math.min(now.getTime(), monthRange(month).end.getTime() - 1))
  return (await fetchAll<RoleAssignmentDoc>(db.collection(COLLECTIONS.roleAssignments).where({ stationId, role: 'counselor' })))
    .filter((a) => isAssignmentActive(a, ref))
}

export const visitCoverage = defineAction(ledgerContract['visit.coverage'], async ({ db, caller, now }, input): Promise<VisitCoverageView> => {
    const stationId = caller.stationId!
    let assignments = await counselorsInMonth(db, stationId, input.month, now)
    if (scopeOf(caller.assignment).kind === 'counselor') assignments = assignments.filter((a) => a.personId === caller.person._id)
    const { first, last } = monthDates(input.month)
    const _ = db.command
    const visits = await fetchAll<Pick<DormVisitDoc, 'counselorId' | 'dormId'>>(
      db.collection(COLLECTIONS.dormVisits).where({ stationId, date: _.gte(first).and(_.lte(last)) }).field({ counselorId: true, dormId: true }) as never,
      20_000,
    )
    const [people, dorms] = await Promise.all([
      loadPeople(db, assignments.map((a) => a.personId)),
      loadDorms(db, assignments.flatMap((a) => a.dormIds ?? [])),
    ])
    const counselors = assignments.map((a) => ({ personId: a.personId, name: people.get(a.personId)?.name ?? '', dormIds: a.dormIds ?? [] }))
    const dormNames = new Map([...dorms].map(([id, d]) => [id, d.name]))
    const rows = visitCoverageRows(counselors, dormNames, visits)
    return { month: input.month, rows }
  })
