/**
 * tasks.list：辅导员（负责范围）/站长（全站）的约谈任务，默认只看未完成。记审计。
 * 任务由 counseling 记录谈话后关闭。
 */
import { type Paged, type TaskView } from '../../types/api/observations'
import type { StudentDoc } from '../../types/models'
import type { TalkTaskDoc } from '../../types/models-observations'
import { scopeFilter } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { getByIds, unwrap } from '../_lib/dbops'
import { AppError } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'
import { iso } from './shared'

export const listTasks = defineAction(observationsContract['tasks.list'], async ({ db, caller, audit }, input): Promise<Paged<TaskView>> => {
    const scope = scopeFilter(caller)
    if (!scope) throw new AppError('AUTH.FORBIDDEN')
    const where = { ...scope, status: input.status }
    const coll = db.collection(COLLECTIONS.talkTasks)
    const [countRes, pageRes] = await Promise.all([
      coll.where(where).count(),
      coll.where(where).orderBy('createdAt', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
    ])
    const tasks = unwrap(pageRes).data as TalkTaskDoc[]
    const missingNames = tasks.filter((t) => !t.studentName).map((t) => t.studentId)
    const students = missingNames.length ? await getByIds<StudentDoc>(db, COLLECTIONS.students, missingNames) : new Map<string, StudentDoc>()
    const items: TaskView[] = tasks.map((t) => {
      const v: TaskView = {
        id: t._id,
        studentId: t.studentId,
        studentName: t.studentName ?? students.get(t.studentId)?.name ?? '',
        classId: t.classId,
        dormId: t.dormId,
        source: t.source,
        sourceId: t.sourceId,
        createdAt: iso(t.createdAt)!,
        status: t.status,
      }
      if (t.level) v.level = t.level
      if (t.description) v.description = t.description
      return v
    })
    await audit('observations.tasks.list', items.map((t) => t.studentId))
    return { total: unwrap(countRes).total ?? 0, page: input.page, pageSize: input.pageSize, items }
  })
