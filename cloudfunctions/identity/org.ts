/**
 * 组织数据查询：班级、宿舍、学生（搜索、分页）。范围一律经 access 模块判断；
 * 返回学生信息的查询写审计日志。学生骨干只看到姓名、学号、班级、宿舍。
 */
import { type ClassView, type DormView, type Paged, type StudentView } from '../../types/api/identity'
import type { ClassDoc, DormDoc, StudentDoc } from '../../types/models'
import { loadStudentInScope, loadUnitInScope, scopeFilter, unitScopeWhere, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import type { Database } from '../_lib/sdk'
import { loadStationParts } from '../_lib/station'
import { fetchPage, getAll, getByIds, pageOf } from '../_lib/dbops'
import { escapeRegex } from './util'

/**
 * 调用者可见的班级或宿舍（条件见 _lib/access 的 unitScopeWhere）。站长读全站，经一次聚合（请求数不随单位数增长）。
 */
async function unitsVisible<T extends ClassDoc | DormDoc>(db: Database, caller: Caller, kind: 'class' | 'dorm'): Promise<T[]> {
  const where = unitScopeWhere(caller, kind)
  if (!where) return []
  if (caller.role === 'head' && caller.stationId) {
    const parts = await loadStationParts(db, caller.stationId, [kind === 'class' ? 'classes' : 'dorms'])
    return (kind === 'class' ? parts.classes : parts.dorms) as T[]
  }
  return getAll<T>(db, kind === 'class' ? COLLECTIONS.classes : COLLECTIONS.dorms, where)
}

async function countStudents(db: Database, field: 'classId' | 'dormId', ids: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (ids.length === 0) return counts
  const rows = await getAll<Pick<StudentDoc, 'classId' | 'dormId'>>(db, COLLECTIONS.students, { [field]: { $in: ids } }, {
    field: { [field]: true },
  })
  for (const r of rows) counts.set(r[field], (counts.get(r[field]) ?? 0) + 1)
  return counts
}

const contains = (hay: string, q?: string) => !q || hay.toLowerCase().includes(q.toLowerCase())
const byName = new Intl.Collator('zh-Hans-CN', { numeric: true })

export const orgClasses = defineAction(identityContract['org.classes'], async ({ db, caller }, input): Promise<Paged<ClassView>> => {
    const all = await unitsVisible<ClassDoc>(db, caller, 'class')
    const list = all
      .filter((c) => (!input.grade || c.grade === input.grade) && contains(c.name, input.q))
      .sort((a, b) => byName.compare(b.grade, a.grade) || byName.compare(a.name, b.name))
    const page = pageOf(list, input.page, input.pageSize)
    const counts = await countStudents(db, 'classId', page.items.map((c) => c._id))
    return {
      ...page,
      items: page.items.map((c) => ({ _id: c._id, grade: c.grade, name: c.name, studentCount: counts.get(c._id) ?? 0 })),
    }
  })

export const orgDorms = defineAction(identityContract['org.dorms'], async ({ db, caller }, input): Promise<Paged<DormView>> => {
    const all = await unitsVisible<DormDoc>(db, caller, 'dorm')
    const list = all
      .filter((d) => (!input.building || d.building === input.building) && contains(d.name, input.q))
      .sort((a, b) => byName.compare(a.name, b.name))
    const page = pageOf(list, input.page, input.pageSize)
    const counts = await countStudents(db, 'dormId', page.items.map((d) => d._id))
    return {
      ...page,
      items: page.items.map((d) => ({ _id: d._id, building: d.building, room: d.room, name: d.name, studentCount: counts.get(d._id) ?? 0 })),
    }
  })

/** 学生视图：学生骨干看不到性别、手机号 */
export async function studentViews(db: Database, caller: Caller, students: StudentDoc[]): Promise<StudentView[]> {
  const [classes, dorms] = await Promise.all([
    getByIds<ClassDoc>(db, COLLECTIONS.classes, students.map((s) => s.classId)),
    getByIds<DormDoc>(db, COLLECTIONS.dorms, students.map((s) => s.dormId)),
  ])
  const staff = caller.role === 'head' || caller.role === 'counselor'
  return students.map((s) => ({
    _id: s._id,
    studentNo: s.studentNo,
    name: s.name,
    classId: s.classId,
    className: classes.get(s.classId)?.name ?? '',
    dormId: s.dormId,
    dormName: dorms.get(s.dormId)?.name ?? '',
    ...(staff ? { gender: s.gender, ...(s.phone ? { phone: s.phone } : {}) } : {}),
  }))
}

export const orgStudents = defineAction(identityContract['org.students'], async ({ db, caller, audit }, input): Promise<Paged<StudentView>> => {
    const scope = scopeFilter(caller)
    if (!scope) return { items: [], total: 0, page: input.page, pageSize: input.pageSize }
    const and: Record<string, unknown>[] = [scope]
    if (input.classId) {
      await loadUnitInScope(db, caller, 'class', input.classId)
      and.push({ classId: input.classId })
    }
    if (input.dormId) {
      await loadUnitInScope(db, caller, 'dorm', input.dormId)
      and.push({ dormId: input.dormId })
    }
    if (input.q) {
      const q = escapeRegex(input.q)
      and.push({ $or: [{ name: new RegExp(q) }, { studentNo: new RegExp(`^${q}`) }] })
    }
    const page = await fetchPage<StudentDoc>(db, COLLECTIONS.students, { $and: and }, input.page, input.pageSize, ['studentNo', 'asc'])
    await audit('identity.org.students', page.items.map((s) => s._id))
    return { ...page, items: await studentViews(db, caller, page.items) }
  })

export const orgStudent = defineAction(identityContract['org.student'], async ({ db, caller, audit }, input): Promise<StudentView> => {
    const s = await loadStudentInScope(db, caller, input.studentId)
    await audit('identity.org.student', [s._id])
    const [view] = await studentViews(db, caller, [s])
    return view
  })
