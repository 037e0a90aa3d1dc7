/**
 * 站长工作台。数据库请求（预算 ≤ 8，不随站点规模增长，见 docs/performance.md）：调用者 1；
 * 并发：一次 readAlongside（本站学期、班级与宿舍、未确认的即时报告、待审批数、未用的换岗邀请码数、上月月报状态、
 * 考核手册摘要、辅导员任职）与未读消息；再并发：本周周报（一次 readAlongside）与辅导员本人（配置了提醒模板时）；
 * 列出学生姓名的告警时审计 1。共 4–6。考核手册的缺失材料读手册文档上存的摘要（_lib/binder-summary.ts），不在这里重算。
 */
import { formatMonthDayTime, previousMonth, schoolYearOf, shanghaiDate, shanghaiMonth } from '../../domain/calendar'
import type { HeadWorkbench } from '../../types/api/workbench'
import type { ClassDoc, DormDoc, PersonDoc, RoleAssignmentDoc, TermDoc } from '../../types/models'
import type { BinderDoc } from '../../types/models-assessment'
import type { MonthlyReportDoc } from '../../types/models-reports'
import type { AlertDoc, WeeklyReportDoc } from '../../types/models-observations'
import { isAssignmentActive } from '../_lib/access'
import { binderId } from '../_lib/binder-summary'
import { COLLECTIONS } from '../_lib/collections'
import { countOf, countPart, getByIds, readAlongside, type SidePart } from '../_lib/dbops'
import { functionEnv } from '../_lib/env'
import { reachOf, unreadSummary, unreachableReason } from '../_lib/reach'
import { stationOf, unitRefs } from './shared'
import { alertItem, auditAlerts, MAX_UNITS, termsPart, weekFrom, type Ctx } from './workbench-common'

/** 一条文档（按 _id）的几个字段 */
const onePart = (from: string, _id: string, fields: string[]): SidePart => ({
  from, pipeline: [{ $match: { _id } }, { $project: Object.fromEntries(fields.map((f) => [f, 1])) }, { $limit: 1 }],
})
const unitsPart = (from: string, stationId: string): SidePart => ({
  from, pipeline: [{ $match: { stationId } }, { $project: { name: 1 } }, { $sort: { _id: 1 } }, { $limit: MAX_UNITS }],
})

type Summary = Pick<BinderDoc, 'status' | 'summary'>

function binderOf(b: Summary | undefined, schoolYear: string): HeadWorkbench['binder'] {
  if (!b?.summary || b.status === 'submitted') return null
  const s = b.summary
  return { schoolYear, missing: s.missing, missingCount: s.missingCount, suggestedTotal: s.suggestedTotal, asOf: new Date(s.asOf).toISOString(), asOfText: formatMonthDayTime(s.asOf) }
}

export async function headWorkbench(ctx: Ctx): Promise<HeadWorkbench> {
  const { db, caller, now } = ctx
  const stationId = stationOf(caller)
  const station = { collection: COLLECTIONS.stations, id: stationId }
  const env = functionEnv()
  const month = previousMonth(shanghaiMonth(now))
  const schoolYear = schoolYearOf(shanghaiDate(now))
  const [first, inbox] = await Promise.all([
    readAlongside(db, station, {
      terms: termsPart(stationId),
      classes: unitsPart(COLLECTIONS.classes, stationId),
      dorms: unitsPart(COLLECTIONS.dorms, stationId),
      alerts: { from: COLLECTIONS.alerts, pipeline: [{ $match: { stationId, ackedAt: null } }, { $sort: { ackDeadline: 1, _id: 1 } }, { $limit: 100 }] },
      approvals: countPart(COLLECTIONS.approvals, { stationId, status: 'pending' }),
      invites: countPart(COLLECTIONS.invites, { stationId, successorOf: { $exists: true }, usedAt: { $exists: false }, revokedAt: { $exists: false }, expiresAt: { $gt: now } }),
      monthly: onePart(COLLECTIONS.monthlyReports, `${stationId}:${month}`, ['status', 'returnComment']),
      binder: onePart(COLLECTIONS.assessmentBinders, binderId(stationId, schoolYear), ['status', 'summary']),
      counselors: {
        from: COLLECTIONS.roleAssignments,
        pipeline: [{ $match: { stationId, role: 'counselor' } }, { $project: { personId: 1, termStart: 1, termEnd: 1, endedAt: 1 } }, { $sort: { _id: 1 } }, { $limit: 1000 }],
      },
    }),
    unreadSummary(db, caller.person._id),
  ])
  const { term, week, vacation } = weekFrom(first.terms as TermDoc[], now)
  const counselorIds = [...new Set((first.counselors as RoleAssignmentDoc[]).filter((a) => isAssignmentActive(a, now)).map((a) => a.personId))]
  const [second, people] = await Promise.all([
    readAlongside(db, station, {
      reports: term && week && !week.off
        ? { from: COLLECTIONS.weeklyReports, pipeline: [{ $match: { stationId, termId: term._id, week: week.week } }, { $project: { kind: 1, unitId: 1 } }, { $sort: { _id: 1 } }, { $limit: MAX_UNITS }] }
        : null,
    }),
    env.templates.alert ? getByIds<PersonDoc>(db, COLLECTIONS.people, counselorIds) : Promise.resolve(new Map<string, PersonDoc>()),
  ])
  const open = first.alerts as AlertDoc[]
  const due = open.filter((a) => a.escalatedAt || new Date(a.ackDeadline).getTime() <= now.getTime())
  await auditAlerts(ctx, due)
  // 本周看板（与 board.week 同一口径：没有周报的单位为未报）；放假周与学期之间没有应报
  const filed = new Set((second.reports as Array<Pick<WeeklyReportDoc, 'kind' | 'unitId'>>).map((r) => `${r.kind}:${r.unitId}`))
  const units = term && week && !week.off ? unitRefs({ classes: first.classes as ClassDoc[], dorms: first.dorms as DormDoc[] }) : []
  const missing = units.filter((u) => !filed.has(`${u.kind}:${u.unitId}`))
  const monthly = (first.monthly as Array<Pick<MonthlyReportDoc, 'status' | 'returnComment'>>)[0]
  return {
    role: 'head',
    now: now.toISOString(),
    week,
    vacation,
    ...inbox,
    alerts: due.map(alertItem),
    openAlerts: open.length,
    approvalsPending: countOf(first.approvals),
    reporting: {
      submitted: units.length - missing.length,
      expected: units.length,
      missing: missing.map((u) => ({ kind: u.kind, unitId: u.unitId, name: u.unitName })),
    },
    monthly: monthly
      ? { month, status: monthly.status, ...(monthly.status === 'returned' && monthly.returnComment ? { returnComment: monthly.returnComment } : {}) }
      : { month, status: 'none' },
    handoversPending: countOf(first.invites),
    pushConfigured: !!env.templates.alert,
    unreachable: [...people.values()].flatMap((p) => {
      const reason = unreachableReason(reachOf(p, env))
      return reason ? [{ personId: p._id, name: p.name, reason }] : []
    }),
    reach: reachOf(caller.person, env),
    binder: binderOf((first.binder as Summary[])[0], schoolYear),
  }
}
