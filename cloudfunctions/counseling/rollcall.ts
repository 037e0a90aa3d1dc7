/**
 * 周末晚点名：查看与记录（心理委员记录本班，辅导员记录所带班级）。
 * 已确认的记录被锁定；更正须显式提交（correction: true），生成标明为更正的新版本并回到待确认。
 */
import { canFileWeek, defaultRollCallWeek, weekNumberAt, weekWindow } from '../../domain/calendar'
import {
  type RollCallGetResult, type RollCallView,
} from '../../types/api/counseling'
import type { ClassDoc, StudentDoc, TermDoc } from '../../types/models'
import type { AbsenceEntry, RollCallDoc, RollCallRevision } from '../../types/models-counseling'
import { loadUnitInScope } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, invalidField } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import type { Database } from '../_lib/sdk'
import { findCurrentTerm, loadCurrentTerm } from '../_lib/term'
import { fetchAll, getById, insertOnce, unwrap } from '../_lib/dbops'
import { iso, isoOpt, loadStudents } from '../_lib/docs'

/** 允许的时钟偏差（手机时间略快） */
const CLOCK_SKEW_MS = 5 * 60_000

export const rollCallId = (termId: string, week: number, classId: string) => `${termId}:${week}:${classId}`

export function weekCheck(term: TermDoc, week: number, now: Date): void {
  const check = canFileWeek(term, week, now)
  if (check === 'out_of_range') throw new AppError('WEEK.OUT_OF_RANGE')
  if (check === 'off') throw new AppError('WEEK.OFF')
  if (check === 'not_started') throw new AppError('WEEK.NOT_STARTED')
}

export async function classRoster(db: Database, classId: string): Promise<StudentDoc[]> {
  const rows = await fetchAll<StudentDoc>(db.collection(COLLECTIONS.students).where({ classId }) as never, 2000)
  return rows.sort((a, b) => a.studentNo.localeCompare(b.studentNo))
}

export function rollCallView(doc: RollCallDoc, className: string): RollCallView {
  return {
    id: doc._id,
    classId: doc.classId,
    className,
    week: doc.week,
    heldAt: iso(doc.heldAt),
    expected: doc.expected,
    present: doc.present,
    absences: doc.absences.map((a) => ({ studentId: a.studentId, studentName: a.studentName, reason: a.reason, ...(a.note ? { note: a.note } : {}) })),
    meetingTopic: doc.meetingTopic,
    status: doc.status,
    revision: doc.revision,
    correction: !!doc.correction,
    recordedByName: doc.recordedByName,
    confirmedAt: isoOpt(doc.confirmedAt),
    returnComment: doc.status === 'returned' ? doc.returnComment : undefined,
    revisions: (doc.revisions ?? []).map((r) => ({
      revision: r.revision,
      savedAt: iso(r.savedAt),
      savedByName: r.savedByName,
      expected: r.expected,
      present: r.present,
      absentCount: r.absences.length,
      correction: r.correction,
    })),
  }
}

export const rollcallGet = defineAction(counselingContract['rollcall.get'], async ({ db, caller, now, audit }, input) => {
    const cls = await loadUnitInScope<ClassDoc>(db, caller, 'class', input.classId)
    const term = await loadCurrentTerm(db, cls.stationId, now)
    const week = input.week ?? defaultRollCallWeek(term, now)
    if (week > term.weeks) throw new AppError('WEEK.OUT_OF_RANGE')
    const id = rollCallId(term._id, week, cls._id)
    const [roster, doc] = await Promise.all([classRoster(db, cls._id), getById<RollCallDoc>(db, COLLECTIONS.rollCalls, id)])
    await audit('counseling.rollcall.get', [cls._id, id])
    const result: RollCallGetResult = {
      week,
      weekStart: weekWindow(term, week).monday,
      classId: cls._id,
      className: cls.name,
      rosterCount: roster.length,
      roster: roster.map((s) => ({ studentId: s._id, name: s.name, studentNo: s.studentNo })),
      record: doc ? rollCallView(doc, cls.name) : null,
    }
    return result
  })

export const rollcallSave = defineAction(counselingContract['rollcall.save'], async ({ db, caller, now }, input) => {
    const cls = await loadUnitInScope<ClassDoc>(db, caller, 'class', input.classId)
    const heldAt = new Date(input.heldAt)
    if (heldAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw new AppError('DATE.IN_FUTURE', '点名时间不能晚于现在', { fields: [{ path: 'heldAt', message: '点名时间不能晚于现在' }] })
    }
    const term = (await findCurrentTerm(db, cls.stationId, heldAt)) ?? (await loadCurrentTerm(db, cls.stationId, now))
    const week = input.week ?? weekNumberAt(term, heldAt)
    weekCheck(term, week, now)
    const win = weekWindow(term, week)
    if (heldAt < win.start || heldAt >= win.end) throw invalidField('heldAt', `点名时间不在第 ${week} 周内`)

    const roster = await classRoster(db, cls._id)
    const expected = input.expected ?? roster.length
    if (input.present + input.absences.length !== expected) {
      throw new AppError('ROLLCALL.COUNT_MISMATCH', undefined, {
        fields: [{ path: 'present', message: `实到 ${input.present} + 缺勤 ${input.absences.length} ≠ 应到 ${expected}` }],
        details: { expected, present: input.present, absent: input.absences.length },
      })
    }
    const students = await loadStudents(db, input.absences.map((a) => a.studentId))
    const bad = input.absences
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => students.get(a.studentId)?.classId !== cls._id)
      .map(({ i }) => ({ path: `absences.${i}.studentId`, message: '该学生不在本班名册中' }))
    if (bad.length) throw new AppError('INPUT.INVALID', undefined, { fields: bad })

    const id = rollCallId(term._id, week, cls._id)
    const existing = await getById<RollCallDoc>(db, COLLECTIONS.rollCalls, id)
    if (existing?.status === 'confirmed' && !input.correction) throw new AppError('ROLLCALL.LOCKED')
    const correction = existing?.status === 'confirmed' ? true : !!existing?.correction
    const absences: AbsenceEntry[] = input.absences.map((a) => ({
      studentId: a.studentId,
      studentName: students.get(a.studentId)!.name,
      reason: a.reason,
      ...(a.note ? { note: a.note } : {}),
    }))
    const revision = (existing?.revision ?? 0) + 1
    const rev: RollCallRevision = {
      revision,
      savedAt: now,
      savedBy: caller.person._id,
      savedByName: caller.person.name,
      heldAt,
      expected,
      present: input.present,
      absences,
      ...(input.meetingTopic ? { meetingTopic: input.meetingTopic } : {}),
      correction: existing?.status === 'confirmed',
    }
    const doc: Omit<RollCallDoc, '_id'> = {
      stationId: cls.stationId,
      termId: term._id,
      week,
      classId: cls._id,
      heldAt,
      expected,
      present: input.present,
      absences,
      ...(input.meetingTopic ? { meetingTopic: input.meetingTopic } : {}),
      recordedBy: caller.person._id,
      recordedByName: caller.person.name,
      recordedByRole: caller.role === 'counselor' ? 'counselor' : 'committee',
      status: 'pending',
      revision,
      revisions: [...(existing?.revisions ?? []), rev],
      correction,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    }
    if (existing) {
      // 条件更新：只有版本未变时才写入，避免并发覆盖
      const res = unwrap(await db.collection(COLLECTIONS.rollCalls).where({ _id: id, revision: existing.revision }).update({
        ...doc,
        confirmedBy: db.command.remove(),
        confirmedAt: db.command.remove(),
        returnComment: db.command.remove(),
        returnedBy: db.command.remove(),
        returnedAt: db.command.remove(),
        meetingTopic: input.meetingTopic ? input.meetingTopic : db.command.remove(),
      })) as { updated?: number }
      if (!res.updated) throw new AppError('CONFLICT')
    } else {
      if (!(await insertOnce(db, COLLECTIONS.rollCalls, { _id: id, ...doc }))) throw new AppError('CONFLICT')
    }
    return rollCallView({ _id: id, ...doc }, cls.name)
  })
