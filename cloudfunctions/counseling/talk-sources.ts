/**
 * 谈话的来源：约谈任务、即时报告、周报关注条目。解析来源（含范围检查）、预填表单、记录谈话后关闭对应任务。
 */
import { type TalkPrefill } from '../../types/api/counseling'
import type { ConcernCategory, Level, TalkSource } from '../../types/domain'
import type { StudentDoc } from '../../types/models'
import type { AlertDoc, TalkTaskDoc, WeeklyReportDoc } from '../../types/models-observations'
import type { PeerTalkDoc } from '../../types/models-counseling'
import { loadStudentInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import type { Database } from '../_lib/sdk'
import { talkTaskIdOf } from '../_lib/talk-tasks'
import { getById, updateWhere } from '../_lib/dbops'
import { loadClasses } from '../_lib/docs'

export interface ResolvedSource {
  student: StudentDoc
  source: TalkSource
  sourceRef: string
  /** 记录谈话后要关闭的任务 id */
  taskId: string
  task: TalkTaskDoc | null
  level?: Level
  categories?: ConcernCategory[]
  description?: string
}

export interface SourceRef {
  taskId?: string
  alertId?: string
  concern?: { reportId: string; concernId: string }
}

/** 约谈任务来源 → 谈话来源 */
const TASK_SOURCE_TO_TALK: Record<TalkTaskDoc['source'], TalkSource> = {
  weekly_concern: 'weekly_concern',
  alert: 'alert',
  peer_talk: 'peer_talk',
  dorm_visit: 'self_initiated',
  screening: 'screening',
}

/** 解析来源；来源不存在或学生不在调用者范围内一律 NOT_FOUND */
export async function resolveSource(db: Database, caller: Caller, ref: SourceRef): Promise<ResolvedSource> {
  if (ref.taskId) {
    const task = await getById<TalkTaskDoc>(db, COLLECTIONS.talkTasks, ref.taskId)
    if (!task) throw notFound()
    const student = await loadStudentInScope(db, caller, task.studentId)
    const base = { student, source: TASK_SOURCE_TO_TALK[task.source], sourceRef: `task:${task._id}`, taskId: task._id, task }
    if (task.source === 'peer_talk') {
      const peer = await getById<PeerTalkDoc>(db, COLLECTIONS.peerTalks, task.sourceId)
      return { ...base, categories: peer ? [peer.category] : undefined, description: peer?.summary ?? task.description }
    }
    if (task.source === 'dorm_visit') return { ...base, level: task.level, description: task.description }
    if (task.source === 'screening') return { ...base, level: task.level, description: task.description }
    if (task.source === 'alert') {
      const alert = await getById<AlertDoc>(db, COLLECTIONS.alerts, task.sourceId)
      return { ...base, level: alert?.level ?? task.level, description: alert?.description ?? task.description }
    }
    const [reportId, concernId] = task.sourceId.split('#')
    const concern = (await getById<WeeklyReportDoc>(db, COLLECTIONS.weeklyReports, reportId))?.concerns.find((c) => c.id === concernId)
    return { ...base, level: concern?.level ?? task.level, categories: concern?.categories, description: concern?.description ?? task.description }
  }
  if (ref.alertId) {
    const alert = await getById<AlertDoc>(db, COLLECTIONS.alerts, ref.alertId)
    if (!alert?.studentId) throw notFound()
    const student = await loadStudentInScope(db, caller, alert.studentId)
    const taskId = talkTaskIdOf('alert', alert._id)
    const task = await getById<TalkTaskDoc>(db, COLLECTIONS.talkTasks, taskId)
    return { student, source: 'alert', sourceRef: `alert:${alert._id}`, taskId, task, level: alert.level, description: alert.description }
  }
  const { reportId, concernId } = ref.concern!
  const report = await getById<WeeklyReportDoc>(db, COLLECTIONS.weeklyReports, reportId)
  const concern = report?.concerns.find((c) => c.id === concernId)
  if (!concern) throw notFound()
  const student = await loadStudentInScope(db, caller, concern.studentId)
  const sourceId = `${reportId}#${concernId}`
  const taskId = talkTaskIdOf('weekly_concern', sourceId)
  const task = await getById<TalkTaskDoc>(db, COLLECTIONS.talkTasks, taskId)
  return {
    student, source: 'weekly_concern', sourceRef: `concern:${sourceId}`, taskId, task,
    level: concern.level, categories: concern.categories, description: concern.description,
  }
}

/** 关闭约谈任务（只关闭仍未关闭的任务；重复调用无副作用） */
export async function closeTask(db: Database, taskId: string, talkId: string, now: Date): Promise<boolean> {
  return (await updateWhere(db, COLLECTIONS.talkTasks, { _id: taskId, status: 'open' }, { status: 'done', doneAt: now, talkId })) > 0
}

export const talkPrefill = defineAction(counselingContract['talk.prefill'], async ({ db, caller, audit }, input) => {
    const r = await resolveSource(db, caller, { taskId: input.taskId, alertId: input.alertId, concern: input.concern })
    const cls = (await loadClasses(db, [r.student.classId])).get(r.student.classId)
    await audit('counseling.talk.prefill', [r.student._id])
    const out: TalkPrefill = {
      studentId: r.student._id,
      studentName: r.student.name,
      className: cls?.name ?? '',
      source: r.source,
      level: r.level,
      categories: r.categories,
      description: r.description,
      ...(input.taskId ? { fromTaskId: input.taskId } : {}),
      ...(input.alertId ? { fromAlertId: input.alertId } : {}),
      ...(input.concern ? { fromConcern: input.concern } : {}),
      taskStatus: r.task?.status,
      ...(r.task ? { taskSource: r.task.source } : {}),
    }
    return out
  })
