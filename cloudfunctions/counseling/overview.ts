/**
 * 辅导员“本周”：待记录/待确认/已退回的晚点名、待确认的朋辈谈心、未完成的约谈任务、逾期跟进、未确认的即时报告。
 * 约谈任务与即时报告直接读 talk_tasks / alerts 集合（见 docs/data-model.md）。
 */
import { defaultTermWeek as calendarWeek, weekWindow } from '../../domain/calendar'
import { type AlertBrief, type TalkTaskView, type WeekOverview } from '../../types/api/counseling'
import type { KeyCareDoc, PeerTalkDoc, RollCallDoc } from '../../types/models-counseling'
import type { AlertDoc, TalkTaskDoc } from '../../types/models-observations'
import { scopeFilter } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import { loadTermWithPhase } from '../_lib/term'
import { fetchAll, iso, loadClasses, loadStudents } from './common'
import { listItems, sortItems } from './keycare-core'
import { peerView } from './peer'
import { defaultWeek } from './rollcall'
import { boardRow, buildBoard } from './rollcall-review'

export const weekOverview = defineAction(counselingContract['week.overview'], async ({ db, caller, now, audit }, input) => {
    const { term, phase } = await loadTermWithPhase(db, caller.stationId!, now)
    // 本周按校历；待记录的晚点名看最近一个点名的周末（工作日时是上一周）
    const week = input.week ?? calendarWeek(term, now)
    const rollCallWeek = input.week ?? defaultWeek(term, now)
    if (week > term.weeks) throw new AppError('WEEK.OUT_OF_RANGE')
    const thisWeek = weekWindow(term, week)
    const scope = scopeFilter(caller)!
    const [board, peers, tasks, entries, alerts] = await Promise.all([
      buildBoard(db, caller, term, rollCallWeek),
      fetchAll<PeerTalkDoc>(db.collection(COLLECTIONS.peerTalks).where({ ...scope, status: 'pending' }).orderBy('createdAt', 'asc') as never, 200),
      fetchAll<TalkTaskDoc>(db.collection(COLLECTIONS.talkTasks).where({ ...scope, status: 'open' }).orderBy('createdAt', 'asc') as never, 200),
      // 关注中的全部：谈话填的“下次跟进”可能改了日期，逾期由 listItems 按同一规则推导
      fetchAll<KeyCareDoc>(db.collection(COLLECTIONS.keyCare).where({ ...scope, status: 'active' }) as never, 2000),
      fetchAll<AlertDoc>(db.collection(COLLECTIONS.alerts).where({ ...scope, ackedAt: null }).orderBy('createdAt', 'desc') as never, 100),
    ])
    const started = now.getTime() >= weekWindow(term, rollCallWeek).start.getTime()
    // 待确认与已退回：本学期任何一周的（周末的点名常在下周一才确认）
    const classById = new Map(board.rows.map((r) => [r.classId, r]))
    const open = classById.size
      ? await fetchAll<RollCallDoc>(db.collection(COLLECTIONS.rollCalls).where({
        termId: term._id, classId: { $in: [...classById.keys()] }, status: { $in: ['pending', 'returned'] },
      }).orderBy('week', 'desc') as never, 500)
      : []
    const openRows = (status: RollCallDoc['status']) => open
      .filter((d) => d.status === status)
      .map((d) => boardRow({ _id: d.classId, stationId: d.stationId, grade: '', name: classById.get(d.classId)!.className }, d))
    const [classes, students, overdue] = await Promise.all([
      loadClasses(db, [...peers.map((p) => p.classId), ...tasks.map((t) => t.classId)]),
      loadStudents(db, tasks.filter((t) => !t.studentName).map((t) => t.studentId)),
      listItems(db, entries, now).then((items) => items.filter((i) => i.overdue)),
    ])
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
