/**
 * 工作台“培训签到”：委员与观察员今天应到、签到尚未截止的培训（签到窗口：开始前 10 分钟至结束）。
 * 一次聚合读出本站今天的培训连同其签到记录；只有今天有对象含本人角色的培训时，才再读本人的年级（1 次）。
 */
import { shanghaiDate } from '../../domain/calendar'
import { inWindow, signInWindow } from '../../domain/ledger/signin-window'
import type { WorkbenchTraining } from '../../types/api/workbench'
import type { ClassDoc } from '../../types/models'
import type { TrainingAttendanceDoc, TrainingDoc } from '../../types/models-ledger'
import { isAssignmentActive, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { aggregateAll, getById } from '../_lib/dbops'
import type { Database } from '../_lib/sdk'
import { audienceIncludes, type CadreFacts } from '../_lib/training-audience'

type Row = Omit<TrainingDoc, 'secret'> & { att: TrainingAttendanceDoc[] }

/** 本人的年级：委员取所在班级的年级（1 次）；观察员取其本人（按学号）所在班级的年级（一次聚合 students → classes） */
async function gradeOf(db: Database, caller: Caller, role: 'committee' | 'observer', classId: string | undefined): Promise<string | null> {
  if (role === 'committee') return classId ? (await getById<ClassDoc>(db, COLLECTIONS.classes, classId))?.grade ?? null : null
  if (!caller.person.studentNo) return null
  const rows = await aggregateAll<{ cls: ClassDoc[] }>(db, COLLECTIONS.students, [
    { $match: { stationId: caller.stationId, studentNo: caller.person.studentNo } },
    { $lookup: { from: COLLECTIONS.classes, localField: 'classId', foreignField: '_id', as: 'cls' } },
    { $sort: { _id: 1 } },
  ], 1)
  return rows[0]?.cls[0]?.grade ?? null
}

export async function trainingsToday(db: Database, caller: Caller, now: Date): Promise<WorkbenchTraining[]> {
  const rows = await aggregateAll<Row>(db, COLLECTIONS.trainings, [
    { $match: { stationId: caller.stationId, date: shanghaiDate(now) } },
    { $lookup: { from: COLLECTIONS.trainingAttendance, localField: '_id', foreignField: 'trainingId', as: 'att' } },
    { $project: { secret: 0 } },
    { $sort: { startsAt: 1, _id: 1 } },
  ], 1000)
  const live = rows.filter((t) => signInWindow(t).closesAt.getTime() >= now.getTime())
  if (live.length === 0) return []
  const me = caller.person._id
  const cadre = caller.assignments.filter((a) => (a.role === 'committee' || a.role === 'observer') && isAssignmentActive(a, now))
  const needsGrade = live.some((t) => t.audience.kind === 'cadres' && cadre.some((a) => (t.audience.kind === 'cadres' && (t.audience.roles as readonly string[]).includes(a.role))))
  const facts: CadreFacts[] = []
  for (const a of cadre) {
    const grade = needsGrade ? await gradeOf(db, caller, a.role as 'committee' | 'observer', a.classId) : null
    facts.push({ personId: me, role: a.role, grade, ...(a.classId ? { classId: a.classId } : {}), ...(a.dormId ? { dormId: a.dormId } : {}) })
  }
  if (facts.length === 0) facts.push({ personId: me, role: caller.role, grade: null })
  return live
    .filter((t) => facts.some((f) => audienceIncludes(t, f)))
    .map((t) => {
      const mine = t.att.find((x) => x.personId === me)
      return {
        id: t._id, title: t.title, startTime: t.startTime, endTime: t.endTime, place: t.place,
        open: inWindow(t, now),
        mine: mine?.status ?? 'pending',
      }
    })
}
