/**
 * report.review（标记已阅）与 report.return（退回并附意见，通知填报人）。
 * 两者都以 revision + status 为条件更新：审阅的一定是辅导员看到的那一版。同一迁移重复一次答复 ok、什么也不改（_lib/review.ts）。
 */
import { REPORT_KIND_LABELS } from '../../types/domain'
import type { WeeklyReportDoc } from '../../types/models-observations'
import { loadUnitInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { getById, updateWhere } from '../_lib/dbops'
import { AppError, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'
import { notify } from '../_lib/notify'
import { runReviewStep } from '../_lib/review'
import type { Database } from '../_lib/sdk'
import { reportersOf } from '../_lib/responsible'
import { fillLink } from '../_lib/reminders'
import { reportView } from './shared'

/** 读取范围内的周报（按其单位判断范围；越权 = 不存在） */
export async function loadReportInScope(db: Database, caller: Caller, reportId: string): Promise<{ report: WeeklyReportDoc; unitName: string }> {
  const report = await getById<WeeklyReportDoc>(db, COLLECTIONS.weeklyReports, reportId)
  if (!report) throw notFound()
  const unit = await loadUnitInScope<{ _id: string; stationId: string; name: string }>(db, caller, report.kind, report.unitId)
  return { report, unitName: unit.name }
}

function assertRevision(report: WeeklyReportDoc, revision: number): void {
  if (report.revision !== revision) {
    throw new AppError('CONFLICT', '填报人已更新该周报，请刷新后查看最新版本', { details: { revision: report.revision } })
  }
}

/** 同一版本（revision）才算重复；重读用于并发的同一迁移 */
function reviewOf(db: Database, report: WeeklyReportDoc, revision: number) {
  return {
    sameVersion: (d: WeeklyReportDoc) => d.revision === revision,
    reread: () => getById<WeeklyReportDoc>(db, COLLECTIONS.weeklyReports, report._id),
  }
}

export const reviewReport = defineAction(observationsContract['report.review'], async ({ db, caller, now, audit }, input) => {
    const { report, unitName } = await loadReportInScope(db, caller, input.reportId)
    assertRevision(report, input.revision)
    const patch = { status: 'reviewed' as const, reviewedBy: caller.person._id, reviewedAt: now }
    const step = await runReviewStep({
      doc: report, from: 'submitted', to: 'reviewed', ...reviewOf(db, report, input.revision),
      write: async () => (await updateWhere(db, COLLECTIONS.weeklyReports, { _id: report._id, revision: input.revision, status: 'submitted' }, patch)) === 1,
      invalid: '已退回的周报须等填报人重新提交后再审阅',
      effects: () => audit('observations.report.review', [report._id, ...report.concerns.map((c) => c.studentId)]),
    })
    // 重复的流转：什么也没写，也不记审计
    if (!step.applied) return audit('observations.report.review', []).then(() => reportView(step.doc, unitName))
    return reportView({ ...report, ...patch }, unitName)
  })

export const returnReport = defineAction(observationsContract['report.return'], async ({ db, caller, now, audit }, input) => {
    const { report, unitName } = await loadReportInScope(db, caller, input.reportId)
    assertRevision(report, input.revision)
    const patch = { status: 'returned' as const, reviewComment: input.comment, reviewedBy: caller.person._id, returnedAt: now }
    // 重复退回（重试、双击）：不改意见、不再通知
    const step = await runReviewStep({
      doc: report, from: 'submitted', to: 'returned', ...reviewOf(db, report, input.revision),
      write: async () => (await updateWhere(db, COLLECTIONS.weeklyReports, { _id: report._id, revision: input.revision, status: 'submitted' }, patch)) === 1,
      invalid: '只有待审阅的周报可以退回',
      effects: async () => {
        await audit('observations.report.return', [report._id, ...report.concerns.map((c) => c.studentId)])
        const current = (await reportersOf(db, report.stationId, now, { kind: report.kind, unitId: report.unitId })).get(`${report.kind}:${report.unitId}`) ?? []
        await notify(db, now, [report.reporterId, ...current.map((r) => r.personId)], {
          kind: 'returned',
          title: `第${report.week}周${REPORT_KIND_LABELS[report.kind]}被退回`,
          body: `${unitName}：${input.comment}`,
          link: fillLink(report.kind, report.week),
          dedupeKey: `returned:${report._id}:r${report.revision}`,
        })
      },
    })
    // 重复的流转：什么也没写，也不记审计
    if (!step.applied) return audit('observations.report.return', []).then(() => reportView(step.doc, unitName))
    return reportView({ ...report, ...patch }, unitName)
  })
