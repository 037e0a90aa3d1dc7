/**
 * 周报看板：board.week（辅导员 = 负责单位，站长 = 全站）、week.current（首页：本周与本人单位状态）。
 */
import { currentWeek, defaultTermWeek, termPhase } from '../../domain/calendar'
import { BOARD_STATUSES, type BoardStatus } from '../../types/domain'
import { type BoardOutput, type BoardRow, type UnitRef, type WeekCurrentOutput } from '../../types/api/observations'
import type { PersonDoc, TermDoc } from '../../types/models'
import type { WeeklyReportDoc } from '../../types/models-observations'
import { scopeFilter, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, getById, getByIds, unwrap } from '../_lib/dbops'
import { counselorsFor } from '../_lib/responsible'
import { AppError } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'
import type { Database } from '../_lib/sdk'
import { listTerms, loadTermWithPhase, pickCurrentTerm } from '../_lib/term'
import { boardRow, reportIdOf, reporterUnit, stationOf, unitName, unitsInScope, weekInfo } from './shared'

export function emptyCounts(): Record<BoardStatus, number> {
  return Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<BoardStatus, number>
}

/** 某周范围内单位的周报（按 `kind:unitId` 索引） */
export async function reportsForWeek(db: Database, caller: Caller, termId: string, week: number): Promise<Map<string, WeeklyReportDoc>> {
  const scope = scopeFilter(caller)
  if (!scope) return new Map()
  const rows = await fetchAll<WeeklyReportDoc>(db.collection(COLLECTIONS.weeklyReports).where({ ...scope, termId, week }))
  return new Map(rows.map((r) => [`${r.kind}:${r.unitId}`, r]))
}

export function assertWeekInTerm(term: TermDoc, week: number): void {
  if (week > term.weeks) throw new AppError('WEEK.OUT_OF_RANGE', undefined, { fields: [{ path: 'week', message: '周次不在本学期范围内' }] })
}

/** 计算看板（供 board.week 与首页摘要共用） */
export async function computeBoard(db: Database, caller: Caller, term: TermDoc, week: number, now: Date): Promise<BoardOutput & { units: UnitRef[] }> {
  const info = weekInfo(term, week)
  const counts = emptyCounts()
  const units = await unitsInScope(db, caller)
  if (info.off) return { week: info, rows: [], counts, units }
  const reports = await reportsForWeek(db, caller, term._id, week)
  const rows: BoardRow[] = units.map((u) => boardRow(term, week, u, reports.get(`${u.kind}:${u.unitId}`) ?? null, now))
  for (const r of rows) counts[r.status]++
  return { week: info, rows, counts, units }
}

export const boardWeek = defineAction(observationsContract['board.week'], async ({ db, caller, now }, input): Promise<BoardOutput> => {
    const { term, phase } = await loadTermWithPhase(db, stationOf(caller), now)
    const week = input.week ?? defaultTermWeek(term, now)
    assertWeekInTerm(term, week)
    const board = await computeBoard(db, caller, term, week, now)
    return { week: board.week, rows: board.rows, counts: board.counts, phase }
  })

function termSummary(term: TermDoc): NonNullable<WeekCurrentOutput['term']> {
  const { _id, name, startDate, weeks, weeksOff, deadlineWeekday, deadlineTime } = term
  return { id: _id, name, startDate, weeks, weeksOff, deadlineWeekday, deadlineTime }
}

/** 未确认的即时报告、未完成的约谈任务数（范围内） */
async function openCounts(db: Database, caller: Caller): Promise<{ openAlerts: number; openTasks: number }> {
  const scope = scopeFilter(caller)
  if (!scope) return { openAlerts: 0, openTasks: 0 }
  const [a, t] = await Promise.all([
    db.collection(COLLECTIONS.alerts).where({ ...scope, ackedAt: null }).count(),
    db.collection(COLLECTIONS.talkTasks).where({ ...scope, status: 'open' }).count(),
  ])
  return { openAlerts: unwrap(a).total ?? 0, openTasks: unwrap(t).total ?? 0 }
}

/** 负责填报人单位的辅导员：姓名，及其选择展示的手机号 */
async function counselorContacts(db: Database, stationId: string, unit: Pick<UnitRef, 'kind' | 'unitId'>, now: Date): Promise<{ name: string; phone?: string }[]> {
  const ids = await counselorsFor(db, stationId, unit.kind === 'class' ? unit.unitId : undefined, unit.kind === 'dorm' ? unit.unitId : undefined, now)
  const people = await getByIds<PersonDoc>(db, COLLECTIONS.people, ids)
  return ids.flatMap((id) => {
    const p = people.get(id)
    return p ? [{ name: p.name, ...(p.phoneShared && p.phone ? { phone: p.phone } : {}) }] : []
  })
}

export const weekCurrent = defineAction(observationsContract['week.current'], async ({ db, caller, now }): Promise<WeekCurrentOutput> => {
    const own = reporterUnit(caller)
    const [terms, ownName] = await Promise.all([
      listTerms(db, stationOf(caller)),
      own ? unitName(db, own.kind, own.unitId) : Promise.resolve(''),
    ])
    const ownUnit = own ? { ...own, unitName: ownName } : null
    const phase = termPhase(terms, now)
    const term = pickCurrentTerm(terms, now)
    const counselors = own ? await counselorContacts(db, stationOf(caller), own, now) : undefined
    const contacts = counselors ? { counselors } : {}
    if (!term) return { week: null, term: null, phase, ownUnit, ...contacts, unit: null, summary: null }
    const week = currentWeek(term, now)
    const out: WeekCurrentOutput = { week: week ? weekInfo(term, week) : null, term: termSummary(term), phase, ownUnit, ...contacts, unit: null, summary: null }
    if (ownUnit) {
      if (week) {
        const report = await getById<WeeklyReportDoc>(db, COLLECTIONS.weeklyReports, reportIdOf(term._id, week, ownUnit.kind, ownUnit.unitId))
        out.unit = { ...boardRow(term, week, ownUnit, report, now), ...(report?.reviewComment ? { reviewComment: report.reviewComment } : {}) }
      }
      return out
    }
    const [board, open] = await Promise.all([
      week ? computeBoard(db, caller, term, week, now) : Promise.resolve(null),
      openCounts(db, caller),
    ])
    out.summary = { counts: board?.counts ?? emptyCounts(), total: board?.rows.length ?? 0, ...open }
    return out
  })
