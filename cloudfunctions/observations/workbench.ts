/**
 * 工作台（首页“现在要做的事”）：委员、观察员、辅导员、站长各一次调用。
 * 只计数、只列必要的几条；范围一律经 _lib/access 的 scopeFilter。请求数见 docs/performance.md（bench:actions）。
 * 辅导员与站长的在 workbench-counselor.ts / workbench-head.ts。
 */
import type { ReporterWorkbench } from '../../types/api/workbench'
import type { WeeklyReportDoc } from '../../types/models-observations'
import { COLLECTIONS } from '../_lib/collections'
import { getById, unwrap } from '../_lib/dbops'
import { defineAction } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'
import { unreadSummary } from '../_lib/reach'
import { listTerms } from '../_lib/term'
import { boardStatusOf } from '../../domain/board'
import { reportIdOf, reporterUnit, stationOf } from './shared'
import { weekFrom, type Ctx } from './workbench-common'
import { counselorWorkbench } from './workbench-counselor'
import { headWorkbench } from './workbench-head'
import { trainingsToday } from './workbench-trainings'

const count = async (q: { count(): Promise<unknown> }): Promise<number> => (unwrap(await q.count()) as { total?: number }).total ?? 0

async function reporterWorkbench({ db, caller, now }: Ctx): Promise<ReporterWorkbench> {
  const own = reporterUnit(caller)
  const stationId = stationOf(caller)
  const { term, week, vacation } = weekFrom(await listTerms(db, stationId), now)
  const [report, returnedPeerTalks, returnedRollCalls, inbox, trainings] = await Promise.all([
    own && term && week ? getById<WeeklyReportDoc>(db, COLLECTIONS.weeklyReports, reportIdOf(term._id, week.week, own.kind, own.unitId)) : Promise.resolve(null),
    count(db.collection(COLLECTIONS.peerTalks).where({ stationId, reporterId: caller.person._id, status: 'returned' })),
    own?.kind === 'class' && term
      ? count(db.collection(COLLECTIONS.rollCalls).where({ stationId, termId: term._id, classId: own.unitId, status: 'returned' }))
      : Promise.resolve(0),
    unreadSummary(db, caller.person._id),
    trainingsToday(db, caller, now),
  ])
  return {
    role: caller.role as 'committee' | 'observer',
    now: now.toISOString(),
    week,
    vacation,
    ...inbox,
    report: week && !week.off
      ? { week: week.week, status: boardStatusOf(report), due: week.due, dueText: week.dueText, ...(report?.status === 'returned' && report.reviewComment ? { reviewComment: report.reviewComment } : {}) }
      : null,
    returnedPeerTalks,
    returnedRollCalls,
    trainings,
  }
}

export const workbench = defineAction(observationsContract['workbench'], async (ctx) => {
    if (ctx.caller.role === 'counselor') return counselorWorkbench(ctx)
    if (ctx.caller.role === 'head') return headWorkbench(ctx)
    // 填报人的首页不列学生姓名：没有可记的对象
    await ctx.audit('observations.workbench', [])
    return reporterWorkbench(ctx)
  })
