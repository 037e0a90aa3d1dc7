/**
 * observations 各用例共用：学期与周次、调用者的单位、周报视图（责任人查找见 _lib/responsible.ts）。
 */
import { submissionStatus, weekWindow } from '../../domain/calendar'
import { boardStatusOf } from '../../domain/board'
import { maxLevel } from '../../domain/levels'
import type { ReportKind } from '../../types/domain'
import type { BoardRow, ReportView, UnitRef, WeekInfo } from '../../types/api/observations'
import type { ClassDoc, DormDoc, TermDoc } from '../../types/models'
import type { WeeklyReportDoc } from '../../types/models-observations'
import { unitInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { getById } from '../_lib/dbops'
import { loadStationParts } from '../_lib/station'
import { AppError } from '../_lib/errors'
import type { Database } from '../_lib/sdk'
import { loadCurrentTerm } from '../_lib/term'

export const iso = (d: Date | string | undefined | null): string | undefined => (d ? new Date(d).toISOString() : undefined)

/** 周报确定性 id */
export function reportIdOf(termId: string, week: number, kind: ReportKind, unitId: string): string {
  return `${termId}:${week}:${kind}:${unitId}`
}

/** 解析周报 id */
export function parseReportId(id: string): { termId: string; week: number; kind: ReportKind; unitId: string } {
  const [termId, week, kind, unitId] = id.split(':')
  return { termId, week: Number(week), kind: kind as ReportKind, unitId }
}

/** 调用者所属站点（center 无站点 → FORBIDDEN） */
export function stationOf(caller: Caller): string {
  if (!caller.stationId) throw new AppError('AUTH.FORBIDDEN')
  return caller.stationId
}

/** 调用者所在站点的当前学期 */
export function termOf(db: Database, caller: Caller, now: Date): Promise<TermDoc> {
  return loadCurrentTerm(db, stationOf(caller), now)
}

/** 填报人负责的单位（committee → 班级；observer → 宿舍） */
export function reporterUnit(caller: Caller): { kind: ReportKind; unitId: string } | null {
  if (caller.role === 'committee' && caller.assignment.classId) return { kind: 'class', unitId: caller.assignment.classId }
  if (caller.role === 'observer' && caller.assignment.dormId) return { kind: 'dorm', unitId: caller.assignment.dormId }
  return null
}

export function weekInfo(term: TermDoc, week: number): WeekInfo {
  const w = weekWindow(term, week)
  return { termId: term._id, termName: term.name, week, monday: w.monday, start: w.start.toISOString(), due: w.due.toISOString(), off: w.off }
}

/** 一个单位在某周的看板行 */
export function boardRow(term: TermDoc, week: number, unit: UnitRef, r: WeeklyReportDoc | null, now: Date): BoardRow {
  const row: BoardRow = {
    ...unit,
    status: boardStatusOf(r),
    submission: submissionStatus(term, week, r ? new Date(r.firstSubmittedAt) : null, now),
  }
  if (r) {
    Object.assign(row, {
      reportId: r._id,
      reporterName: r.reporterName,
      hasConcern: r.hasConcern,
      concernCount: r.concerns.length,
      maxLevel: maxLevel(r.concernLevels ?? r.concerns.map((c) => c.level)),
      onTime: r.onTime,
      submittedAt: iso(r.submittedAt),
      revision: r.revision,
    })
  }
  return row
}

/** 周报 → 输出视图 */
export function reportView(r: WeeklyReportDoc, unitName: string): ReportView {
  const v: ReportView = {
    id: r._id,
    termId: r.termId,
    week: r.week,
    kind: r.kind,
    unitId: r.unitId,
    unitName,
    reporterId: r.reporterId,
    reporterName: r.reporterName,
    hasConcern: r.hasConcern,
    overall: r.overall,
    majorEvents: r.majorEvents,
    concerns: r.concerns.map((c) => ({ ...c })),
    status: r.status,
    boardStatus: boardStatusOf(r),
    firstSubmittedAt: iso(r.firstSubmittedAt)!,
    submittedAt: iso(r.submittedAt)!,
    onTime: r.onTime,
    revision: r.revision,
    revisions: r.revisions.map((x) => ({ revision: x.revision, submittedAt: iso(x.submittedAt)!, hasConcern: x.hasConcern, concernCount: x.concerns.length })),
  }
  if (r.reviewComment) v.reviewComment = r.reviewComment
  if (r.reviewedAt) v.reviewedAt = iso(r.reviewedAt)
  if (r.returnedAt) v.returnedAt = iso(r.returnedAt)
  return v
}

/** 单位名称 */
export async function unitName(db: Database, kind: ReportKind, unitId: string): Promise<string> {
  const doc = await getById<ClassDoc | DormDoc>(db, kind === 'class' ? COLLECTIONS.classes : COLLECTIONS.dorms, unitId)
  return doc?.name ?? unitId
}

/** 名称升序（与数据库 orderBy('name') 相同的码点顺序），同名按 _id */
const byName = (a: { name: string; _id: string }, b: { name: string; _id: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0

/**
 * 站点内的全部班级与宿舍（按名称），一次读出（见 _lib/station.ts）。
 */
export async function stationUnits(db: Database, stationId: string): Promise<UnitRef[]> {
  return unitRefs(await loadStationParts(db, stationId, ['classes', 'dorms']))
}

type Named = { _id: string; name: string }

/** 已读出的班级与宿舍 → 看板单位（班级在前，各按名称） */
export function unitRefs(row: { classes: readonly Named[]; dorms: readonly Named[] }): UnitRef[] {
  return [
    ...[...row.classes].sort(byName).map((x) => ({ kind: 'class' as const, unitId: x._id, unitName: x.name })),
    ...[...row.dorms].sort(byName).map((x) => ({ kind: 'dorm' as const, unitId: x._id, unitName: x.name })),
  ]
}

/** 看板范围（规则见 _lib/access 的 unitInScope）：辅导员 = 负责的班级与宿舍；站长 = 全站；委员、观察员 = 本单位 */
export async function unitsInScope(db: Database, caller: Caller): Promise<UnitRef[]> {
  const stationId = stationOf(caller)
  return (await stationUnits(db, stationId)).filter((u) => unitInScope(caller, u.kind, { _id: u.unitId, stationId }))
}
