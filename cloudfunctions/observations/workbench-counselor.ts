/**
 * 辅导员工作台。数据库请求（预算 ≤ 8，不随站点规模增长，见 docs/performance.md）：调用者 1；
 * 并发：本站学期 + 未确认的即时报告 + 待确认的朋辈谈心数 + 未完成的约谈任务数（一次 readAlongside）、
 * 关注中的条目连同该生的谈话（逾期跟进，一次聚合）、未读消息；
 * 再一次 readAlongside：本周周报 + 本学期待确认的点名数；列出学生姓名的告警时审计 1。共 5–6。
 */
import { followUpState, type FollowUpEntry, type FollowUpTalk } from '../../domain/followup'
import { shanghaiDate } from '../../domain/calendar'
import type { CounselorWorkbench } from '../../types/api/workbench'
import type { TermDoc } from '../../types/models'
import type { AlertDoc, WeeklyReportDoc } from '../../types/models-observations'
import { scopeFilter } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { aggregateAll, countOf, countPart, readAlongside } from '../_lib/dbops'
import { functionEnv } from '../_lib/env'
import { reachOf, unreadSummary } from '../_lib/reach'
import type { Database } from '../_lib/sdk'
import { stationOf } from './shared'
import { alertItem, auditAlerts, MAX_UNITS, termsPart, weekFrom, type Ctx } from './workbench-common'

type EntryWithTalks = FollowUpEntry & { stationId: string; talks: Array<FollowUpTalk & { stationId: string }> }

/**
 * 范围内逾期未跟进的重点关注条目数：规则见 domain/followup.ts（下次跟进取条目与之后谈话填的日期中最后设定的那个，早于今天即逾期），
 * 与重点关注库列表的“逾期”同一口径。一次聚合：关注中的条目连同该生谈话中与跟进有关的字段。
 */
async function overdueFollowUps(db: Database, scope: Record<string, unknown>, today: string): Promise<number> {
  const rows = await aggregateAll<EntryWithTalks>(db, COLLECTIONS.keyCare, [
    { $match: { ...scope, status: 'active' } },
    { $sort: { _id: 1 } },
    { $lookup: { from: COLLECTIONS.talks, localField: 'studentId', foreignField: 'studentId', as: 'talks' } },
    { $project: { stationId: 1, status: 1, nextFollowUp: 1, history: 1, 'talks.stationId': 1, 'talks.followUpDate': 1, 'talks.createdAt': 1 } },
  ], 2000)
  return rows.filter((e) => followUpState(e, e.talks.filter((t) => t.stationId === e.stationId && t.followUpDate), today).overdue).length
}

export async function counselorWorkbench(ctx: Ctx): Promise<CounselorWorkbench> {
  const { db, caller, now } = ctx
  const scope = scopeFilter(caller)!
  const station = { collection: COLLECTIONS.stations, id: stationOf(caller) }
  const [first, followUpsDue, inbox] = await Promise.all([
    readAlongside(db, station, {
      terms: termsPart(station.id),
      alerts: { from: COLLECTIONS.alerts, pipeline: [{ $match: { ...scope, ackedAt: null } }, { $sort: { ackDeadline: 1, _id: 1 } }, { $limit: 50 }] },
      peerTalks: countPart(COLLECTIONS.peerTalks, { ...scope, status: 'pending' }),
      talkTasks: countPart(COLLECTIONS.talkTasks, { ...scope, status: 'open' }),
    }),
    overdueFollowUps(db, scope, shanghaiDate(now)),
    unreadSummary(db, caller.person._id),
  ])
  const { term, week, vacation } = weekFrom(first.terms as TermDoc[], now)
  const second = await readAlongside(db, station, {
    reports: term && week && !week.off
      ? { from: COLLECTIONS.weeklyReports, pipeline: [{ $match: { ...scope, termId: term._id, week: week.week } }, { $project: { status: 1 } }, { $sort: { _id: 1 } }, { $limit: MAX_UNITS }] }
      : null,
    rollCalls: term ? countPart(COLLECTIONS.rollCalls, { ...scope, termId: term._id, status: 'pending' }) : null,
  })
  const alerts = first.alerts as AlertDoc[]
  await auditAlerts(ctx, alerts)
  const reports = second.reports as Array<Pick<WeeklyReportDoc, 'status'>>
  return {
    role: 'counselor',
    now: now.toISOString(),
    week,
    vacation,
    ...inbox,
    alerts: alerts.map(alertItem),
    reportsToReview: reports.filter((r) => r.status === 'submitted').length,
    rollCallsToConfirm: countOf(second.rollCalls),
    peerTalksToConfirm: countOf(first.peerTalks),
    openTalkTasks: countOf(first.talkTasks),
    followUpsDue,
    reporting: { submitted: reports.length, expected: (caller.assignment.classIds ?? []).length + (caller.assignment.dormIds ?? []).length },
    reach: reachOf(caller.person, functionEnv()),
  }
}
