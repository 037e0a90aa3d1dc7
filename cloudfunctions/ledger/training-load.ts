/**
 * 培训的读取与视图：按学期取场次、范围内读取一场、考勤汇总。
 */
import { termLastDay } from '../../domain/calendar'
import type { AttendanceStatus, ExpectedAttendeeView, TrainingView } from '../../types/api/ledger'
import type { TermDoc } from '../../types/models'
import type { TrainingAttendanceDoc, TrainingDoc } from '../../types/models-ledger'
import { ledgerManageable, trainingReadable, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { notFound } from '../_lib/errors'
import type { Database } from '../_lib/sdk'
import { listTerms, pickCurrentTerm } from '../_lib/term'
import { AppError } from '../_lib/errors'
import type { Attendee } from '../_lib/training-attendees'
import { expectedFrom, loadRoster } from '../_lib/training-attendees'
import { fetchAll, getById } from '../_lib/dbops'
import { iso } from '../_lib/docs'

/** 指定学期（须属本站）或当前学期 */
export async function termFor(db: Database, stationId: string, termId: string | undefined, now: Date): Promise<TermDoc> {
  const terms = await listTerms(db, stationId)
  const term = termId ? terms.find((t) => t._id === termId) : pickCurrentTerm(terms, now)
  if (termId && !term) throw notFound()
  if (!term) throw new AppError('TERM.NOT_CONFIGURED')
  return term
}

export async function trainingsInTerm(db: Database, stationId: string, term: TermDoc): Promise<TrainingDoc[]> {
  const _ = db.command
  return fetchAll<TrainingDoc>(
    db.collection(COLLECTIONS.trainings).where({ stationId, date: _.gte(term.startDate).and(_.lte(termLastDay(term))) }).orderBy('startsAt', 'asc'),
    2000,
  )
}

export async function attendanceOf(db: Database, trainingIds: string[]): Promise<TrainingAttendanceDoc[]> {
  if (trainingIds.length === 0) return []
  const _ = db.command
  const out: TrainingAttendanceDoc[] = []
  for (let i = 0; i < trainingIds.length; i += 200) {
    out.push(...(await fetchAll<TrainingAttendanceDoc>(db.collection(COLLECTIONS.trainingAttendance).where({ trainingId: _.in(trainingIds.slice(i, i + 200)) }), 50_000)))
  }
  return out
}

/** 读取调用者可读的一场培训及其应到人员；不存在或不可读一律 NOT_FOUND */
export async function loadTrainingReadable(db: Database, caller: Caller, id: string): Promise<{ t: TrainingDoc; expected: Attendee[] }> {
  // 应到人员由本站名册推导（与培训并发读出；请求数不随站内人数增长）
  const [t, roster] = await Promise.all([getById<TrainingDoc>(db, COLLECTIONS.trainings, id), loadRoster(db, caller.stationId!)])
  if (!t || t.stationId !== caller.stationId) throw notFound()
  const expected = expectedFrom(roster, t)
  if (!trainingReadable(caller, t, expected.map((e) => e.personId))) throw notFound()
  return { t, expected }
}

/** 读取调用者可管理的一场培训（组织者、站长） */
export async function loadTrainingManageable(db: Database, caller: Caller, id: string): Promise<{ t: TrainingDoc; expected: Attendee[] }> {
  const r = await loadTrainingReadable(db, caller, id)
  if (!ledgerManageable(caller, r.t)) throw notFound()
  return r
}

export function attendeeViews(expected: Attendee[], att: TrainingAttendanceDoc[]): ExpectedAttendeeView[] {
  const by = new Map(att.map((a) => [a.personId, a]))
  return expected.map((e) => {
    const a = by.get(e.personId)
    const status: AttendanceStatus = a ? a.status : 'pending'
    return {
      personId: e.personId, name: e.name, role: e.role, grade: e.grade, status,
      ...(a ? { via: a.via, at: iso(a.at), ...(a.reason ? { reason: a.reason } : {}) } : {}),
    }
  })
}

export function trainingView(caller: Caller, t: TrainingDoc, expected: Attendee[], att: TrainingAttendanceDoc[]): TrainingView {
  const ids = new Set(expected.map((e) => e.personId))
  const mineAtt = att.find((a) => a.personId === caller.person._id)
  const counted = att.filter((a) => ids.has(a.personId))
  return {
    id: t._id, title: t.title, date: t.date, startTime: t.startTime, endTime: t.endTime, hours: t.hours, trainer: t.trainer,
    organiser: t.organiser, place: t.place, form: t.form, audience: t.audience, createdByName: t.createdByName,
    canManage: ledgerManageable(caller, t),
    mine: ids.has(caller.person._id) ? (mineAtt?.status ?? 'pending') : null,
    expected: expected.length,
    present: counted.filter((a) => a.status === 'present').length,
    absent: counted.filter((a) => a.status === 'absent').length,
  }
}
