/**
 * 培训的应到人员：由培训对象（角色 × 年级，或点名的工作人员）与某一时刻在任的任职推导。
 * 学生骨干的年级：心理委员取所在班级的年级；宿舍心理观察员取其本人（按学号）所在班级的年级。
 */
import { isAssignmentActive } from './access'
import { COLLECTIONS } from './collections'
import { audienceIncludes } from './training-audience'
import type { Role } from '../../types/domain'
import type { RoleAssignmentDoc, StudentDoc } from '../../types/models'
import type { CadreRole, TrainingDoc } from '../../types/models-ledger'
import type { Database } from './sdk'
import { fetchAll } from './dbops'
import { loadClasses, loadPeople } from './docs'

export interface Attendee {
  personId: string
  name: string
  role: Role
  grade: string | null
  classId?: string
  dormId?: string
}

/** 站内在 instant 在任的学生骨干（每人一条：同时是委员与观察员时各一条） */
export async function cadresAt(db: Database, stationId: string, instant: Date, roles: readonly CadreRole[] = ['committee', 'observer']): Promise<Attendee[]> {
  const _ = db.command
  const rows = (await fetchAll<RoleAssignmentDoc>(db.collection(COLLECTIONS.roleAssignments).where({ stationId, role: _.in([...roles]) })))
    .filter((a) => isAssignmentActive(a, instant))
  if (rows.length === 0) return []
  const people = await loadPeople(db, rows.map((a) => a.personId))
  const studentNos = [...new Set([...people.values()].map((p) => p.studentNo).filter((x): x is string => !!x))]
  const students = studentNos.length
    ? await fetchAll<StudentDoc>(db.collection(COLLECTIONS.students).where({ stationId, studentNo: _.in(studentNos) }))
    : []
  const classOfNo = new Map(students.map((s) => [s.studentNo, s.classId]))
  const classIds = [...rows.map((a) => a.classId ?? ''), ...students.map((s) => s.classId)].filter(Boolean)
  const classes = await loadClasses(db, classIds)
  return rows.map((a) => {
    const p = people.get(a.personId)
    const ownClass = a.role === 'committee' ? a.classId : classOfNo.get(p?.studentNo ?? '')
    return {
      personId: a.personId,
      name: p?.name ?? '',
      role: a.role,
      grade: (ownClass && classes.get(ownClass)?.grade) || null,
      ...(a.classId ? { classId: a.classId } : {}),
      ...(a.dormId ? { dormId: a.dormId } : {}),
    }
  })
}

/** 一场培训的应到人员（按培训开始时刻在任的任职；同一人只算一次） */
export async function expectedFor(db: Database, t: Pick<TrainingDoc, 'stationId' | 'audience' | 'unitScope' | 'startsAt'>): Promise<Attendee[]> {
  const at = new Date(t.startsAt)
  let list: Attendee[]
  if (t.audience.kind === 'cadres') {
    list = (await cadresAt(db, t.stationId, at, t.audience.roles)).filter((c) => audienceIncludes(t, c))
  } else {
    const _ = db.command
    const ids = t.audience.personIds
    const rows = (await fetchAll<RoleAssignmentDoc>(db.collection(COLLECTIONS.roleAssignments).where({ stationId: t.stationId, personId: _.in(ids) })))
      .filter((a) => isAssignmentActive(a, at))
    const people = await loadPeople(db, rows.map((a) => a.personId))
    list = rows.map((a) => ({ personId: a.personId, name: people.get(a.personId)?.name ?? '', role: a.role, grade: null }))
  }
  const seen = new Set<string>()
  return list.filter((x) => (seen.has(x.personId) ? false : (seen.add(x.personId), true)))
    .sort((a, b) => (a.grade ?? '').localeCompare(b.grade ?? '') || a.name.localeCompare(b.name, 'zh'))
}
