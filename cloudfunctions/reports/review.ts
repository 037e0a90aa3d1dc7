/**
 * monthly.submit（站长提交：冻结一个带版本号的快照）与 monthly.return（中心退回并附意见，通知站长）。
 * 都以 { _id, rev/version, status } 为条件更新：重复提交、并发提交只有一次生效。
 */
import { type MonthlyReturnResult, type MonthlySubmitResult } from '../../types/api/reports'
import type { MonthlyReturn, MonthlyVersion } from '../../types/models-reports'
import { COLLECTIONS } from '../_lib/collections'
import { updateWhere } from '../_lib/dbops'
import { AppError, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { reportsContract } from '../../types/api/reports.contract'
import { notify } from '../_lib/notify'
import { headsOf } from '../_lib/responsible'
import { assertMonthFinished, auditTargets, loadEditableReport, readReport, reportId, resolveStation } from './store'
import { pageUrl } from '../../types/routes'

/** 站长月报页（退回通知的链接） */
export const HEAD_MONTHLY_PAGE = pageUrl('head', 'monthly')

export const monthlySubmit = defineAction(reportsContract['monthly.submit'], async ({ db, caller, now, audit }, input): Promise<MonthlySubmitResult> => {
    const { id, doc } = await loadEditableReport(db, caller, input.month, now)
    const version: MonthlyVersion = {
      version: doc.version + 1,
      submittedAt: now,
      submittedBy: caller.person._id,
      submittedByName: caller.person.name,
      snapshot: { sections: doc.sections, narrative: doc.narrative ?? '', cases: doc.cases ?? [] },
    }
    const _ = db.command
    const n = await updateWhere(db, COLLECTIONS.monthlyReports, { _id: id, rev: doc.rev, status: doc.status }, {
      status: 'submitted',
      version: version.version,
      versions: _.push([version]),
      submittedAt: now,
      submittedBy: caller.person._id,
      rev: doc.rev + 1,
      updatedAt: now,
    })
    if (n !== 1) {
      const latest = await readReport(db, id, { working: false, snapshot: false })
      if (latest?.status === 'submitted') throw new AppError('MONTHLY.ALREADY_SUBMITTED')
      throw new AppError('CONFLICT')
    }
    await audit('reports.monthly.submit', auditTargets(doc))
    return { status: 'submitted', version: version.version, submittedAt: now.toISOString() }
  })

export const monthlyReturn = defineAction(reportsContract['monthly.return'], async ({ db, caller, now, audit }, input): Promise<MonthlyReturnResult> => {
    assertMonthFinished(input.month, now)
    const station = await resolveStation(db, caller, input.stationId)
    const id = reportId(station._id, input.month)
    const doc = await readReport(db, id, { working: false, snapshot: false })
    if (!doc) throw notFound()
    if (doc.status !== 'submitted') throw new AppError('STATE.INVALID_TRANSITION', '只有已提交的月报可以退回')
    const entry: MonthlyReturn = { version: doc.version, at: now, by: caller.person._id, byName: caller.person.name, comment: input.comment }
    const _ = db.command
    const n = await updateWhere(db, COLLECTIONS.monthlyReports, { _id: id, status: 'submitted', version: doc.version }, {
      status: 'returned',
      returnComment: input.comment,
      returnedAt: now,
      returnedBy: caller.person._id,
      returns: _.push([entry]),
      rev: _.inc(1),
      updatedAt: now,
    })
    if (n !== 1) throw new AppError('STATE.INVALID_TRANSITION', '只有已提交的月报可以退回')
    await audit('reports.monthly.return', [id])
    await notify(db, now, await headsOf(db, station._id, now), {
      kind: 'returned',
      title: `${input.month} 月报被校心理中心退回`,
      body: input.comment,
      link: `${HEAD_MONTHLY_PAGE}?month=${input.month}`,
      dedupeKey: `monthly-return:${id}:v${doc.version}`,
    })
    return { status: 'returned', version: doc.version, returnedAt: now.toISOString() }
  })
