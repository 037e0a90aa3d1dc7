/**
 * 周报读取：report.get（单份，记审计）、report.history（填报人本单位各周状态）、
 * report.search（辅导员/站长按周次、单位、等级、类别筛选，分页，记审计）。
 */
import { currentWeek, submissionStatus, weekWindow } from '../../domain/calendar'
import { type HistoryRow, type Paged, type ReportView } from '../../types/api/observations'
import type { ClassDoc, DormDoc, TermDoc } from '../../types/models'
import type { WeeklyReportDoc } from '../../types/models-observations'
import { loadUnitInScope, scopeFilter, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, getById, getByIds, unwrap } from '../_lib/dbops'
import { AppError, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'
import type { Database } from '../_lib/sdk'
import { boardStatusOf } from '../../domain/board'
import { boardRow, reportIdOf, reporterUnit, reportView, stationOf, termOf, unitName, weekInfo } from './shared'

/** 指定学期（须属于调用者站点）或当前学期 */
async function termFor(db: Database, caller: Caller, termId: string | undefined, now: Date): Promise<TermDoc> {
  if (!termId) return termOf(db, caller, now)
  const term = await getById<TermDoc>(db, COLLECTIONS.terms, termId)
  if (!term || term.stationId !== stationOf(caller)) throw notFound()
  return term
}

export const getReport = defineAction(observationsContract['report.get'], async ({ db, caller, now, audit }, input) => {
    const unit = await loadUnitInScope<{ _id: string; stationId: string; name: string }>(db, caller, input.kind, input.unitId)
    const term = await termFor(db, caller, input.termId, now)
    if (input.week > term.weeks) throw new AppError('WEEK.OUT_OF_RANGE', undefined, { fields: [{ path: 'week', message: '周次不在本学期范围内' }] })
    const report = await getById<WeeklyReportDoc>(db, COLLECTIONS.weeklyReports, reportIdOf(term._id, input.week, input.kind, input.unitId))
    const ref = { kind: input.kind, unitId: unit._id, unitName: unit.name }
    await audit('observations.report.get', report ? [report._id, ...report.concerns.map((c) => c.studentId)] : [])
    return {
      week: weekInfo(term, input.week),
      row: boardRow(term, input.week, ref, report, now),
      report: report ? reportView(report, unit.name) : null,
    }
  })

export const reportHistory = defineAction(observationsContract['report.history'], async ({ db, caller, now }, input) => {
    const own = reporterUnit(caller)
    if (!own) throw notFound()
    const term = await termFor(db, caller, input.termId, now)
    const reports = await fetchAll<WeeklyReportDoc>(
      db.collection(COLLECTIONS.weeklyReports).where({ termId: term._id, kind: own.kind, unitId: own.unitId }),
      500,
    )
    const byWeek = new Map(reports.map((r) => [r.week, r]))
    const startedWeeks = now.getTime() < weekWindow(term, 1).start.getTime() ? 0 : (currentWeek(term, now) ?? term.weeks)
    const rows: HistoryRow[] = []
    for (let w = startedWeeks; w >= 1; w--) {
      const win = weekWindow(term, w)
      const r = byWeek.get(w) ?? null
      const row: HistoryRow = {
        week: w,
        monday: win.monday,
        off: win.off,
        status: win.off ? null : boardStatusOf(r),
        submission: submissionStatus(term, w, r ? new Date(r.firstSubmittedAt) : null, now),
      }
      if (r) Object.assign(row, { reportId: r._id, revision: r.revision, ...(r.reviewComment ? { reviewComment: r.reviewComment } : {}) })
      rows.push(row)
    }
    return {
      term: { id: term._id, name: term.name, weeks: term.weeks },
      unit: { ...own, unitName: await unitName(db, own.kind, own.unitId) },
      rows,
    }
  })

export const searchReports = defineAction(observationsContract['report.search'], async ({ db, caller, now, audit }, input): Promise<Paged<ReportView>> => {
    const scope = scopeFilter(caller)
    if (!scope) throw new AppError('AUTH.FORBIDDEN')
    const term = await termOf(db, caller, now)
    const where: Record<string, unknown> = { ...scope, termId: term._id }
    if (input.week) where.week = input.week
    if (input.kind) where.kind = input.kind
    if (input.unitId) where.unitId = input.unitId
    if (input.level) where.concernLevels = input.level
    if (input.category) where.concernCategories = input.category
    if (input.concernOnly) where.hasConcern = true
    const coll = db.collection(COLLECTIONS.weeklyReports)
    const [countRes, pageRes] = await Promise.all([
      coll.where(where).count(),
      coll.where(where).orderBy('week', 'desc').orderBy('submittedAt', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
    ])
    const reports = unwrap(pageRes).data as WeeklyReportDoc[]
    const names = await unitNames(db, reports)
    const items = reports.map((r) => reportView(r, names.get(`${r.kind}:${r.unitId}`) ?? r.unitId))
    await audit('observations.report.search', items.flatMap((r) => [r.id, ...r.concerns.map((c) => c.studentId)]))
    return { total: unwrap(countRes).total ?? 0, page: input.page, pageSize: input.pageSize, items }
  })

/** 批量取单位名 */
export async function unitNames(db: Database, units: Array<{ kind: 'class' | 'dorm'; unitId: string }>): Promise<Map<string, string>> {
  const [classes, dorms] = await Promise.all([
    getByIds<ClassDoc>(db, COLLECTIONS.classes, units.filter((u) => u.kind === 'class').map((u) => u.unitId)),
    getByIds<DormDoc>(db, COLLECTIONS.dorms, units.filter((u) => u.kind === 'dorm').map((u) => u.unitId)),
  ])
  const map = new Map<string, string>()
  for (const c of classes.values()) map.set(`class:${c._id}`, c.name)
  for (const d of dorms.values()) map.set(`dorm:${d._id}`, d.name)
  return map
}
