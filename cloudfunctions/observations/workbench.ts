/**
 * 工作台（首页“现在要做的事”）：委员、观察员、辅导员、站长各一次调用。
 * 只计数、只列必要的几条；范围一律经 _lib/access.ts 的 scopeFilter。请求数见 docs/api.md（workbench）。
 */
import { currentWeek, formatMonthDay, inShanghai, previousMonth, schoolYearOf, shanghaiDate, shanghaiMonth, termPhase } from '../../domain/calendar'
import {
  type CounselorWorkbench, type HeadWorkbench, type ReporterWorkbench, type WorkbenchAlert, type WorkbenchVacation, type WorkbenchWeek,
} from '../../types/api/workbench'
import type { PersonDoc, TermDoc } from '../../types/models'
import type { BinderDoc } from '../../types/models-assessment'
import type { MonthlyReportDoc } from '../../types/models-reports'
import type { AlertDoc, WeeklyReportDoc } from '../../types/models-observations'
import { scopeFilter, type Caller } from '../_lib/access'
import { assessStation, decodeSlots } from '../_lib/binder-input'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, getById, getByIds, unwrap } from '../_lib/dbops'
import { functionEnv } from '../_lib/env'
import { defineAction, type ActionContext } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'
import { reachOf, unreadSummary, unreachableReason } from '../_lib/reach'
import { counselorsOf } from '../_lib/responsible'
import type { Database } from '../_lib/sdk'
import { listTerms, pickCurrentTerm } from '../_lib/term'
import { computeBoard, reportsForWeek } from './board'
import { boardStatusOf } from '../../domain/board'
import { reportIdOf, reporterUnit, stationOf, weekInfo } from './shared'
import { trainingsToday } from './workbench-trainings'

type Ctx = ActionContext & { caller: Caller }

/** 当前周与学期之间的状态（一次读出本站全部学期） */
async function weekOf(db: Database, stationId: string, now: Date): Promise<{ term: TermDoc | null; week: WorkbenchWeek | null; vacation: WorkbenchVacation | null }> {
  const terms = await listTerms(db, stationId)
  const term = pickCurrentTerm(terms, now)
  const n = term ? currentWeek(term, now) : null
  if (term && n) {
    const info = weekInfo(term, n)
    return { term, week: { termId: term._id, week: n, due: info.due, dueText: dueTextOf(info.due), off: info.off }, vacation: null }
  }
  // 假期中的判定与下学期开始日：与 week.current 等每周页面同一条规则（domain/calendar termPhase）
  const phase = termPhase(terms, now)
  const nextTermStart = phase.kind === 'between_terms' ? phase.nextStart : null
  return { term, week: null, vacation: { nextTermStart, nextTermStartText: nextTermStart ? formatMonthDay(nextTermStart) : null } }
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
/** 截止时刻的显示文字（北京时间） */
function dueTextOf(iso: string): string {
  const d = inShanghai(iso)
  return `${d.format('M月D日')} ${WEEKDAYS[d.day()]} ${d.format('HH:mm')}`
}

const count = async (q: { count(): Promise<unknown> }): Promise<number> => (unwrap(await q.count()) as { total?: number }).total ?? 0

function alertItem(a: AlertDoc): WorkbenchAlert {
  const item: WorkbenchAlert = {
    id: a._id,
    level: a.level,
    createdAt: new Date(a.createdAt).toISOString(),
    ackDeadline: new Date(a.ackDeadline).toISOString(),
    escalatedAt: a.escalatedAt ? new Date(a.escalatedAt).toISOString() : null,
  }
  if (a.studentName) item.studentName = a.studentName
  return item
}

/** 列出学生姓名的告警记审计 */
async function auditAlerts(ctx: Ctx, alerts: AlertDoc[]): Promise<void> {
  const ids = alerts.flatMap((a) => (a.studentId ? [a._id, a.studentId] : []))
  await ctx.audit('observations.workbench', ids)
}

async function reporterWorkbench({ db, caller, now }: Ctx): Promise<ReporterWorkbench> {
  const own = reporterUnit(caller)
  const stationId = stationOf(caller)
  const { term, week, vacation } = await weekOf(db, stationId, now)
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

async function counselorWorkbench(ctx: Ctx): Promise<CounselorWorkbench> {
  const { db, caller, now } = ctx
  const scope = scopeFilter(caller)!
  const _ = db.command
  const { term, week, vacation } = await weekOf(db, stationOf(caller), now)
  const [alerts, reports, rollCallsToConfirm, peerTalksToConfirm, openTalkTasks, followUpsDue, inbox] = await Promise.all([
    fetchAll<AlertDoc>(db.collection(COLLECTIONS.alerts).where({ ...scope, ackedAt: null }).orderBy('ackDeadline', 'asc') as never, 50),
    term && week && !week.off ? reportsForWeek(db, caller, term._id, week.week) : Promise.resolve(new Map<string, WeeklyReportDoc>()),
    term ? count(db.collection(COLLECTIONS.rollCalls).where({ ...scope, termId: term._id, status: 'pending' })) : Promise.resolve(0),
    count(db.collection(COLLECTIONS.peerTalks).where({ ...scope, status: 'pending' })),
    count(db.collection(COLLECTIONS.talkTasks).where({ ...scope, status: 'open' })),
    count(db.collection(COLLECTIONS.keyCare).where({ ...scope, status: 'active', nextFollowUp: _.lte(shanghaiDate(now)) })),
    unreadSummary(db, caller.person._id),
  ])
  await auditAlerts(ctx, alerts)
  const docs = [...reports.values()]
  return {
    role: 'counselor',
    now: now.toISOString(),
    week,
    vacation,
    ...inbox,
    alerts: alerts.map(alertItem),
    reportsToReview: docs.filter((r) => r.status === 'submitted').length,
    rollCallsToConfirm,
    peerTalksToConfirm,
    openTalkTasks,
    followUpsDue,
    reporting: { submitted: docs.length, expected: (caller.assignment.classIds ?? []).length + (caller.assignment.dormIds ?? []).length },
    reach: reachOf(caller.person, functionEnv()),
  }
}

/** 本学年考核手册的缺失材料（与 binder.get 同一个计算）；已提交的手册不再提示 */
async function binderMissing(db: Ctx['db'], stationId: string, now: Date): Promise<HeadWorkbench['binder']> {
  const schoolYear = schoolYearOf(shanghaiDate(now))
  const doc = await getById<BinderDoc>(db, COLLECTIONS.assessmentBinders, `${stationId}:${schoolYear}`)
  if (doc?.status === 'submitted') return null
  const live = await assessStation(db, stationId, schoolYear, now, decodeSlots(doc?.documents))
  return live ? { schoolYear, missing: live.missing.slice(0, 3), missingCount: live.missing.length, suggestedTotal: live.suggestion.total } : null
}

async function headWorkbench(ctx: Ctx): Promise<HeadWorkbench> {
  const { db, caller, now } = ctx
  const stationId = stationOf(caller)
  const env = functionEnv()
  const _ = db.command
  const month = previousMonth(shanghaiMonth(now))
  const { term, week, vacation } = await weekOf(db, stationId, now)
  const [open, board, approvalsPending, monthly, handoversPending, counselorIds, inbox, binder] = await Promise.all([
    fetchAll<AlertDoc>(db.collection(COLLECTIONS.alerts).where({ stationId, ackedAt: null }).orderBy('ackDeadline', 'asc') as never, 100),
    term && week && !week.off ? computeBoard(db, caller, term, week.week, now) : Promise.resolve(null),
    count(db.collection(COLLECTIONS.approvals).where({ stationId, status: 'pending' })),
    db.collection(COLLECTIONS.monthlyReports).doc(`${stationId}:${month}`).field({ status: true, returnComment: true }).get()
      .then((r) => (unwrap(r).data as Pick<MonthlyReportDoc, 'status' | 'returnComment'>[])[0] ?? null),
    count(db.collection(COLLECTIONS.invites).where({ stationId, successorOf: _.exists(true), usedAt: _.exists(false), revokedAt: _.exists(false), expiresAt: _.gt(now) })),
    counselorsOf(db, stationId, now),
    unreadSummary(db, caller.person._id),
    binderMissing(db, stationId, now),
  ])
  const people = env.templates.alert ? await getByIds<PersonDoc>(db, COLLECTIONS.people, counselorIds) : new Map<string, PersonDoc>()
  const due = open.filter((a) => a.escalatedAt || new Date(a.ackDeadline).getTime() <= now.getTime())
  await auditAlerts(ctx, due)
  const rows = board?.rows ?? []
  return {
    role: 'head',
    now: now.toISOString(),
    week,
    vacation,
    ...inbox,
    alerts: due.map(alertItem),
    openAlerts: open.length,
    approvalsPending,
    reporting: {
      submitted: rows.filter((r) => r.status !== 'missing').length,
      expected: rows.length,
      missing: rows.filter((r) => r.status === 'missing').map((r) => ({ kind: r.kind, unitId: r.unitId, name: r.unitName })),
    },
    monthly: monthly
      ? { month, status: monthly.status, ...(monthly.status === 'returned' && monthly.returnComment ? { returnComment: monthly.returnComment } : {}) }
      : { month, status: 'none' },
    handoversPending,
    pushConfigured: !!env.templates.alert,
    unreachable: [...people.values()].flatMap((p) => {
      const reason = unreachableReason(reachOf(p, env))
      return reason ? [{ personId: p._id, name: p.name, reason }] : []
    }),
    reach: reachOf(caller.person, env),
    binder,
  }
}

export const workbench = defineAction(observationsContract['workbench'], async (ctx) => {
    if (ctx.caller.role === 'counselor') return counselorWorkbench(ctx)
    if (ctx.caller.role === 'head') return headWorkbench(ctx)
    // 填报人的首页不列学生姓名：没有可记的对象
    await ctx.audit('observations.workbench', [])
    return reporterWorkbench(ctx)
  })
