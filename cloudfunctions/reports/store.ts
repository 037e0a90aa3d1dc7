/**
 * 月报动作的范围判断、月份校验与视图转换；文档的读取在 _lib/monthly/store.ts（与定时起草共用）。
 */
import { isMonthFinished } from '../../domain/calendar'
import type { MonthlyStatus } from '../../types/domain'
import type { MonthlyReportView } from '../../types/api/reports'
import type { StationDoc } from '../../types/models'
import type { CaseRow, MonthlyReturn, MonthlySnapshot } from '../../types/models-reports'
import { scopeOf, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { getById } from '../_lib/dbops'
import { AppError, invalidField, notFound } from '../_lib/errors'
import { readReport, reportId, type StoredReport } from '../_lib/monthly/store'
import type { Database } from '../_lib/sdk'

export { readReport, reportId, type StoredReport }

/** 月份必须已经结束（北京时间）；格式由 schema 校验 */
export function assertMonthFinished(month: string, now: Date): void {
  if (!isMonthFinished(month, now)) throw new AppError('MONTHLY.INVALID_MONTH')
}

/** 调用者可见的站点：站长只能是本站（省略即本站）；中心须指定且站点存在。越权 = 不存在 */
export async function resolveStation(db: Database, caller: Caller, stationId: string | undefined): Promise<StationDoc> {
  const scope = scopeOf(caller.assignment)
  let id = stationId
  if (scope.kind === 'station') {
    if (id && id !== scope.stationId) throw notFound()
    id = scope.stationId
  } else if (scope.kind === 'center') {
    if (!id) throw invalidField('stationId', '请指定辅导站')
  } else throw new AppError('AUTH.FORBIDDEN')
  const station = await getById<StationDoc>(db, COLLECTIONS.stations, id as string)
  if (!station) throw notFound()
  return station
}

/**
 * 站长要修改或提交的本站月报工作稿：月份已结束、已生成、尚未提交（已退回可以再改、再交）。
 */
export async function loadEditableReport(db: Database, caller: Caller, month: string, now: Date): Promise<{ station: StationDoc; id: string; doc: StoredReport }> {
  assertMonthFinished(month, now)
  const station = await resolveStation(db, caller, undefined)
  const id = reportId(station._id, month)
  const doc = await readReport(db, id, { working: true, snapshot: false })
  if (!doc) throw new AppError('STATE.INVALID_TRANSITION', '该月月报尚未生成')
  if (doc.status === 'submitted') throw new AppError('MONTHLY.ALREADY_SUBMITTED')
  return { station, id, doc }
}

const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null)
const publicCase = ({ studentId: _omit, ...rest }: CaseRow) => rest

export function emptyView(station: StationDoc, month: string): MonthlyReportView {
  return {
    reportId: null, stationId: station._id, stationName: station.name, month, status: 'none', editable: false, source: 'working',
    rev: 0, version: 0, generatedAt: null, submittedAt: null, submittedByName: null, returnComment: null, returnedAt: null,
    sections: null, narrative: '', cases: [], versions: [], returns: [],
  }
}

/** 视图：source 'working' 为工作稿，'snapshot' 为最新提交的快照 */
export function toView(station: StationDoc, doc: StoredReport, source: 'working' | 'snapshot'): MonthlyReportView {
  const snap: MonthlySnapshot | undefined = source === 'snapshot' ? doc.latest?.snapshot : undefined
  const content = snap ?? { sections: doc.sections, narrative: doc.narrative, cases: doc.cases }
  const last = doc.versionList[doc.versionList.length - 1]
  return {
    reportId: doc._id,
    stationId: station._id,
    stationName: station.name,
    month: doc.month,
    status: doc.status as MonthlyStatus,
    editable: source === 'working' && doc.status !== 'submitted',
    source,
    rev: doc.rev,
    version: doc.version,
    generatedAt: iso(doc.generatedAt),
    submittedAt: iso(doc.submittedAt),
    submittedByName: last?.submittedByName ?? null,
    returnComment: doc.returnComment ?? null,
    returnedAt: iso(doc.returnedAt),
    sections: content.sections ?? null,
    narrative: content.narrative ?? '',
    cases: (content.cases ?? []).map(publicCase),
    versions: doc.versionList.map((v) => ({ version: v.version, submittedAt: iso(v.submittedAt) as string, submittedByName: v.submittedByName })),
    returns: doc.returns.map((r: MonthlyReturn) => ({ version: r.version, at: iso(r.at) as string, byName: r.byName, comment: r.comment })),
  }
}

/** 审计目标：月报 id + 个别情况描述涉及的学生 */
export function auditTargets(doc: { _id: string; cases?: CaseRow[] }, cases?: CaseRow[]): string[] {
  const ids = (cases ?? doc.cases ?? []).map((c) => c.studentId).filter((x): x is string => !!x)
  return [doc._id, ...new Set(ids)]
}
