/**
 * 辅导员“本周”：待记录/待确认/已退回的晚点名、待确认的朋辈谈心、未完成的约谈任务、逾期跟进、未确认的即时报告。
 * 约谈任务与即时报告直接读 talk_tasks / alerts 集合（见 docs/data-model.md）。
 */
import { defaultRollCallWeek, defaultTermWeek, termPhase, weekWindow } from '../../domain/calendar'
import { type AlertBrief, type TalkTaskView, type WeekOverview } from '../../types/api/counseling'
import type { ApprovalDoc, KeyCareDoc, PeerTalkDoc, RollCallDoc, TalkDoc } from '../../types/models-counseling'
import type { AlertDoc, TalkTaskDoc } from '../../types/models-observations'
import { scopeFilter } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { aggregateAll, fetchAll } from '../_lib/dbops'
import { AppError } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import type { Database } from '../_lib/sdk'
import { loadTermsAndClasses, requireCurrentTerm } from '../_lib/term'
import { talkFactsOf, type TalkFacts } from '../_lib/followups'
import { iso, loadClasses, loadStudents } from '../_lib/docs'
import { listItemsFrom, sortItems } from './keycare-views'
import { peerView } from './peer'
import { boardOf, boardRow, scopeClasses } from './rollcall-review'

type EntryWithFacts = KeyCareDoc & { talks: Array<TalkDoc>; approvals: ApprovalDoc[] }

/**
 * 关注中的条目连同该生的谈话与待审批申请（一次聚合；逾期由 listItemsFrom 按 domain/followup 的同一规则推导，
 * 谈话填的“下次跟进”可能改了日期）
 */
async function activeEntriesWithFacts(db: Database, scope: Record<string, unknown>): Promise<{ entries: KeyCareDoc[]; talks: TalkFacts; approvals: Map<string, ApprovalDoc> }> {
  const rows = await aggregateAll<EntryWithFacts>(db, COLLECTIONS.keyCare, [
    { $match: { ...scope, status: 'active' } },
    { $sort: { _id: 1 } },
    { $lookup: { from: COLLECTIONS.talks, localField: 'studentId', foreignField: 'studentId', as: 'talks' } },
    { $lookup: { from: COLLECTIONS.approvals, localField: 'pendingApprovalId', foreignField: '_id', as: 'approvals' } },
  ], 2000)
  const talks = talkFactsOf(rows.flatMap((r) => r.talks.filter((t) => t.stationId === r.stationId)))
  const approvals = new Map(rows.flatMap((r) => r.approvals).map((a) => [a._id, a]))
  return { entries: rows.map(({ talks: _t, approvals: _a, ...e }) => e as KeyCareDoc), talks, approvals }
}

/**
 * 数据库请求（预算 ≤ 8，见 docs/performance.md）：调用者、站点的学期与班级、本学期点名（本周的与待确认/已退回的）、
 * 待确认的朋辈谈心、未完成的约谈任务、关注中的条目（连同谈话与待审批）、未确认的即时报告、审计。
 */
export const weekOverview = defineAction(counselingContract['week.overview'], async ({ db, caller, now, audit }, input) => {
    const station = await loadTermsAndClasses(db, caller.stationId!)
    const term = requireCurrentTerm(station.terms, now)
    const phase = termPhase(station.terms, now)
    // 本周按校历；待记录的晚点名看最近一个点名的周末（工作日时是上一周）
    const week = input.week ?? defaultTermWeek(term, now)
    const rollCallWeek = input.week ?? defaultRollCallWeek(term, now)
    if (week > term.weeks) throw new AppError('WEEK.OUT_OF_RANGE')
    const thisWeek = weekWindow(term, week)
    const scope = scopeFilter(caller)!
    const mine = scopeClasses(caller, station.classes)
    const [rollCalls, peers, tasks, care, alerts] = await Promise.all([
      // 点名周的（看板）与本学期任何一周待确认、已退回的（周末的点名常在下周一才确认）
      mine.length
        ? fetchAll<RollCallDoc>(db.collection(COLLECTIONS.rollCalls).where({
          termId: term._id, classId: { $in: mine.map((c) => c._id) }, $or: [{ week: rollCallWeek }, { status: { $in: ['pending', 'returned'] } }],
        }).orderBy('week', 'desc') as never, 5000)
        : Promise.resolve([] as RollCallDoc[]),
      fetchAll<PeerTalkDoc>(db.collection(COLLECTIONS.peerTalks).where({ ...scope, status: 'pending' }).orderBy('createdAt', 'asc') as never, 200),
      fetchAll<TalkTaskDoc>(db.collection(COLLECTIONS.talkTasks).where({ ...scope, status: 'open' }).orderBy('createdAt', 'asc') as never, 200),
      activeEntriesWithFacts(db, scope),
      fetchAll<AlertDoc>(db.collection(COLLECTIONS.alerts).where({ ...scope, ackedAt: null }).orderBy('createdAt', 'desc') as never, 100),
    ])
    const board = boardOf(mine, rollCalls, term, rollCallWeek)
    const entries = care.entries
    const started = now.getTime() >= weekWindow(term, rollCallWeek).start.getTime()
    const classById = new Map(board.rows.map((r) => [r.classId, r]))
    const open = rollCalls.filter((d) => d.status === 'pending' || d.status === 'returned').slice(0, 500)
    const openRows = (status: RollCallDoc['status']) => open
      .filter((d) => d.status === status)
      .map((d) => boardRow({ _id: d.classId, stationId: d.stationId, grade: '', name: classById.get(d.classId)!.className }, d))
    const known = new Map(station.classes.map((c) => [c._id, c]))
    const wanted = [...peers.map((p) => p.classId), ...tasks.map((t) => t.classId), ...entries.map((e) => e.classId)]
    const [missing, students] = await Promise.all([
      loadClasses(db, wanted.filter((id) => !known.has(id))),
      loadStudents(db, tasks.filter((t) => !t.studentName).map((t) => t.studentId)),
    ])
    const classes = new Map([...known, ...missing])
    const overdue = listItemsFrom(entries, { classes, talks: care.talks, approvals: care.approvals }, now).filter((i) => i.overdue)
    const talkTasks: TalkTaskView[] = tasks.map((t) => ({
      id: t._id,
      studentId: t.studentId,
      studentName: t.studentName ?? students.get(t.studentId)?.name ?? '',
      className: classes.get(t.classId)?.name ?? '',
      source: t.source,
      sourceId: t.sourceId,
      createdAt: iso(t.createdAt),
    }))
    const openAlerts: AlertBrief[] = alerts.map((a) => ({
      id: a._id,
      ...(a.studentId ? { studentId: a.studentId, studentName: a.studentName ?? '' } : {}),
      level: a.level,
      description: a.description,
      createdAt: iso(a.createdAt),
      ackDeadline: iso(a.ackDeadline),
      acked: !!a.ackedAt,
    }))
    const result: WeekOverview = {
      phase,
      week,
      weekStart: thisWeek.monday,
      off: thisWeek.off,
      rollCallWeek,
      rollCalls: {
        toRecord: started && !board.off ? board.rows.filter((r) => r.status === 'unrecorded').map((r) => ({ ...r, week: rollCallWeek })) : [],
        toConfirm: openRows('pending'),
        returned: openRows('returned'),
      },
      peerTalksToConfirm: peers.map((p) => peerView(p, classes.get(p.classId)?.name ?? '', caller)),
      talkTasks,
      overdueFollowUps: sortItems(overdue),
      openAlerts,
    }
    const ids = [...peers.map((p) => p.studentId), ...tasks.map((t) => t.studentId), ...entries.map((e) => e.studentId)]
    await audit('counseling.week.overview', [...new Set(ids)])
    return result
  })
