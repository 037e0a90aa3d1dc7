/**
 * 谈心谈话记录：辅导员为本人范围内的学生记录谈话；从任务/即时报告/关注条目发起时关闭对应约谈任务。
 * 可读：记录人本人、本站站长、center（仅转介到中心的个案）。
 */
import {
  type Page, type TalkListItem, type TalkView,
} from '../../types/api/counseling'
import type { TalkDoc } from '../../types/models-counseling'
import { CENTER_CASE_WHERE, loadStudentInScope, talkReadable, talkScopeFilter, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, notFound } from '../_lib/errors'
import { skipOf } from '../../types/api/paging'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import type { Database } from '../_lib/sdk'
import { fetchAll, getById, insertOnce, unwrap } from '../_lib/dbops'
import { iso, loadClasses, newId } from '../_lib/docs'
import { shanghaiDate } from '../../domain/calendar'
import { idempotentId, studentSnapshot } from './common'
import { closeTask, resolveSource, type ResolvedSource } from './talk-sources'

export function talkView(t: TalkDoc, className: string): TalkView {
  return {
    id: t._id,
    studentId: t.studentId,
    studentName: t.studentName,
    className,
    authorId: t.authorId,
    authorName: t.authorName,
    date: t.date,
    place: t.place,
    form: t.form,
    type: t.type,
    source: t.source,
    ...(t.sourceRef ? { sourceRef: t.sourceRef } : {}),
    summary: t.summary,
    level: t.level,
    measures: t.measures,
    ...(t.followUpDate ? { followUpDate: t.followUpDate } : {}),
    referred: t.referred,
    createdAt: iso(t.createdAt),
  }
}

function listItem(t: TalkDoc, className: string): TalkListItem {
  const { summary: _s, measures: _m, place: _p, sourceRef: _r, ...rest } = talkView(t, className)
  return rest
}

export const talkCreate = defineAction(counselingContract['talk.create'], async ({ db, caller, now }, input) => {
    const today = shanghaiDate(now)
    if (input.date > today) {
      throw new AppError('DATE.IN_FUTURE', '谈话日期不能晚于今天', { fields: [{ path: 'date', message: '谈话日期不能晚于今天' }] })
    }
    if (input.followUpDate && input.followUpDate < input.date) {
      throw new AppError('TALK.FOLLOW_UP_BEFORE_DATE', undefined, { fields: [{ path: 'followUpDate', message: '下次跟进日期不能早于谈话日期' }] })
    }
    const refs = [input.fromTaskId, input.fromAlertId, input.fromConcern].filter(Boolean).length
    if (refs > 1) throw new AppError('INPUT.INVALID', undefined, { fields: [{ path: 'fromTaskId', message: '只能从一个来源发起' }] })

    let src: ResolvedSource | null = null
    if (refs === 1) {
      src = await resolveSource(db, caller, { taskId: input.fromTaskId, alertId: input.fromAlertId, concern: input.fromConcern })
      if (src.student._id !== input.studentId) {
        throw new AppError('INPUT.INVALID', undefined, { fields: [{ path: 'studentId', message: '所选学生与来源记录不一致' }] })
      }
    }
    const student = src?.student ?? (await loadStudentInScope(db, caller, input.studentId))

    const id = input.requestId ? idempotentId('talk', caller.person._id, input.requestId) : newId('talk')
    const doc: TalkDoc = {
      _id: id,
      ...studentSnapshot(student),
      authorId: caller.person._id,
      authorName: caller.person.name,
      date: input.date,
      place: input.place,
      form: input.form,
      type: input.type,
      source: input.source,
      ...(src ? { sourceRef: src.sourceRef } : {}),
      summary: input.summary,
      level: input.level,
      measures: input.measures,
      ...(input.followUpDate ? { followUpDate: input.followUpDate } : {}),
      referred: input.referred,
      createdAt: now,
    }
    const inserted = await insertOnce(db, COLLECTIONS.talks, doc)
    const saved = inserted ? doc : ((await getById<TalkDoc>(db, COLLECTIONS.talks, id)) ?? doc)
    // 记录成功后关闭任务；重试同一 requestId 时再次尝试关闭，保证最终一致
    let taskClosed = false
    if (src?.task) taskClosed = await closeTask(db, src.taskId, saved._id, now)
    const cls = (await loadClasses(db, [student.classId])).get(student.classId)
    return { talk: talkView(saved, cls?.name ?? ''), taskClosed }
  })

/** center 可见的转介学生 id */
export async function centerStudentIds(db: Database, stationId?: string): Promise<string[]> {
  const where: Record<string, unknown> = { ...CENTER_CASE_WHERE }
  if (stationId) where.stationId = stationId
  const rows = await fetchAll<{ studentId: string }>(db.collection(COLLECTIONS.keyCare).where(where).field({ studentId: true }) as never, 20_000)
  return [...new Set(rows.map((r) => r.studentId))]
}

export async function talkFilterFor(db: Database, caller: Caller): Promise<Record<string, unknown> | null> {
  const ids = caller.role === 'center' ? await centerStudentIds(db) : []
  return talkScopeFilter(caller, ids)
}

export const talkList = defineAction(counselingContract['talk.list'], async ({ db, caller, audit }, input) => {
    const scope = await talkFilterFor(db, caller)
    if (!scope) return audit('counseling.talk.list', []).then(() => ({ items: [], total: 0, page: input.page, pageSize: input.pageSize }) satisfies Page<TalkListItem>)
    const where: Record<string, unknown> = { ...scope }
    if (input.studentId) {
      if (where.studentId) {
        const allowed = (where.studentId as { $in: string[] }).$in
        if (!allowed.includes(input.studentId)) return audit('counseling.talk.list', []).then(() => ({ items: [], total: 0, page: input.page, pageSize: input.pageSize }) satisfies Page<TalkListItem>)
      }
      where.studentId = input.studentId
    }
    if (input.type) where.type = input.type
    if (input.from || input.to) where.date = { ...(input.from ? { $gte: input.from } : {}), ...(input.to ? { $lte: input.to } : {}) }
    const coll = db.collection(COLLECTIONS.talks)
    const countRes = unwrap(await coll.where(where).count()) as { total?: number }
    const res = unwrap(
      // _id 作最后的排序键：同一天同一时刻的记录在各页之间顺序固定，逐页读到最后不重不漏
      await coll.where(where).orderBy('date', 'desc').orderBy('createdAt', 'desc').orderBy('_id', 'desc').skip(skipOf(input)).limit(input.pageSize).get(),
    ) as { data: TalkDoc[] }
    const classes = await loadClasses(db, res.data.map((t) => t.classId))
    await audit('counseling.talk.list', res.data.flatMap((t) => [t._id, t.studentId]))
    const page: Page<TalkListItem> = {
      items: res.data.map((t) => listItem(t, classes.get(t.classId)?.name ?? '')),
      total: countRes.total ?? res.data.length,
      page: input.page,
      pageSize: input.pageSize,
    }
    return page
  })

export const talkGet = defineAction(counselingContract['talk.get'], async ({ db, caller, audit }, input) => {
    const talk = await getById<TalkDoc>(db, COLLECTIONS.talks, input.id)
    if (!talk || !(await talkReadable(db, caller, talk))) throw notFound()
    const cls = (await loadClasses(db, [talk.classId])).get(talk.classId)
    await audit('counseling.talk.get', [talk._id, talk.studentId])
    return talkView(talk, cls?.name ?? '')
  })
