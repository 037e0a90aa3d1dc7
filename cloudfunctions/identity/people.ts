/**
 * 人员与角色（站长）：人员及任职历史、结束任职（换岗交接）、调整辅导员范围与任期。
 * 结束任职后，原任职人下一次调用即被拒绝（resolveCaller 不再认可该任职）；其所写记录保留原作者。
 */
import { addDays, shanghaiInstant } from '../../domain/calendar'
import { type AssignmentDetail, type AssignmentEndOutput, type Paged, type PersonView } from '../../types/api/identity'
import type { PersonDoc, RoleAssignmentDoc } from '../../types/models'
import { isAssignmentActive, loadUnitInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, invalidField, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import type { Database } from '../_lib/sdk'
import { handoverStudentIds, handoverView, loadSuccessor, transferOpenWork } from './handover'
import { loadStationPeople } from './people-roster'
import { getByIds, pageOf, unwrap } from '../_lib/dbops'
import { assignmentView, iso, loadNames, type NameBook } from './util'

const ROLE_ORDER = ['head', 'counselor', 'committee', 'observer', 'center']

function detail(a: RoleAssignmentDoc, book: NameBook, people: Map<string, PersonDoc>, now: Date): AssignmentDetail {
  return {
    ...assignmentView(a, book),
    ...(a.classId ? { classId: a.classId } : {}),
    ...(a.dormId ? { dormId: a.dormId } : {}),
    ...(a.role === 'counselor' ? { classIds: a.classIds ?? [], dormIds: a.dormIds ?? [] } : {}),
    ...(a.endedAt ? { endedAt: iso(a.endedAt) } : {}),
    ...(a.endedBy ? { endedByName: people.get(a.endedBy)?.name ?? '' } : {}),
    active: isAssignmentActive(a, now),
  }
}

/** 本站的一个任职；不存在或不在本站 → NOT_FOUND */
async function loadStationAssignment(db: Database, caller: Caller, id: string): Promise<RoleAssignmentDoc> {
  const res = unwrap(await db.collection(COLLECTIONS.roleAssignments).doc(id).get())
  const a = res.data[0] as RoleAssignmentDoc | undefined
  if (!a || a.stationId !== caller.stationId) throw notFound()
  return a
}

async function assignmentDetail(db: Database, a: RoleAssignmentDoc, now: Date): Promise<AssignmentDetail> {
  const [book, people] = await Promise.all([loadNames(db, [a]), getByIds<PersonDoc>(db, COLLECTIONS.people, [a.endedBy ?? ''])])
  return detail(a, book, people, now)
}

export const peopleList = defineAction(identityContract['people.list'], async ({ db, caller, now, audit }, input): Promise<Paged<PersonView>> => {
    const { all, people, book } = await loadStationPeople(db, caller.stationId!)
    const byPerson = new Map<string, RoleAssignmentDoc[]>()
    for (const a of all) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a])
    const list: PersonView[] = []
    for (const [personId, assignments] of byPerson) {
      const p = people.get(personId)
      if (!p) continue
      if (input.q && !p.name.includes(input.q)) continue
      if (input.role && !assignments.some((a) => a.role === input.role)) continue
      const details = assignments.map((a) => detail(a, book, people, now))
      if (input.activeOnly && !details.some((d) => d.active)) continue
      list.push({
        _id: p._id,
        name: p.name,
        ...(p.studentNo ? { studentNo: p.studentNo } : {}),
        ...(p.pledgeAcceptedAt ? { pledgeAcceptedAt: iso(p.pledgeAcceptedAt) } : {}),
        assignments: details.sort((x, y) => Number(y.active) - Number(x.active)),
      })
    }
    // 在任者在前，按角色（站长、辅导员、委员、观察员）再按姓名
    const rank = (p: PersonView) => Math.min(...p.assignments.map((a) => (a.active ? 0 : 10) + ROLE_ORDER.indexOf(a.role)))
    list.sort((x, y) => rank(x) - rank(y) || x.name.localeCompare(y.name, 'zh-Hans-CN'))
    const page = pageOf(list, input.page, input.pageSize)
    // 学生骨干的学号属于学生身份信息
    await audit('identity.people.list', page.items.map((p) => p._id))
    return page
  })

export const assignmentEnd = defineAction(identityContract['assignment.end'], async ({ db, caller, now, audit }, input): Promise<AssignmentEndOutput> => {
    const a = await loadStationAssignment(db, caller, input.assignmentId)
    if (a._id === caller.assignment._id) throw new AppError('STATE.INVALID_TRANSITION', '不能结束自己当前使用的站长任职，请由新站长或校心理中心处理')
    // 换岗交接：先校验继任者（不合格则什么都不写），再移交未办结工作，最后结束任职（中途失败可再执行补齐）
    let handover: AssignmentEndOutput['handover']
    let moved: number | undefined
    if (input.successorAssignmentId) {
      const to = await loadSuccessor(db, a, input.successorAssignmentId, now)
      const res = await transferOpenWork(db, { from: a, to, note: input.note ?? '', by: { personId: caller.person._id, name: caller.person.name }, now })
      await audit('identity.handover', [res.record._id, a._id, to._id, ...handoverStudentIds(res.moved)])
      handover = handoverView(res.record)
      moved = res.moved.length
    }
    if (isAssignmentActive(a, now)) {
      unwrap(await db.collection(COLLECTIONS.roleAssignments).doc(a._id).update({ endedAt: now, endedBy: caller.person._id }))
      a.endedAt = now
      a.endedBy = caller.person._id
      await audit('identity.assignment.end', [a._id, a.personId])
    }
    return { ...(await assignmentDetail(db, a, now)), ...(handover ? { handover, moved } : {}) }
  })

export const assignmentUpdate = defineAction(identityContract['assignment.update'], async ({ db, caller, now, audit }, input): Promise<AssignmentDetail> => {
    const a = await loadStationAssignment(db, caller, input.assignmentId)
    if (!isAssignmentActive(a, now) && a.endedAt) throw new AppError('STATE.INVALID_TRANSITION', '该任职已结束，不能再修改')
    const data: Partial<RoleAssignmentDoc> = {}
    if (input.classIds || input.dormIds) {
      if (a.role !== 'counselor') throw invalidField(input.classIds ? 'classIds' : 'dormIds', '只有辅导员任职可以调整负责的班级与宿舍')
      if (input.classIds) {
        const ids = [...new Set(input.classIds)]
        for (const id of ids) await loadUnitInScope(db, caller, 'class', id)
        data.classIds = ids
      }
      if (input.dormIds) {
        const ids = [...new Set(input.dormIds)]
        for (const id of ids) await loadUnitInScope(db, caller, 'dorm', id)
        data.dormIds = ids
      }
    }
    if (input.termEnd !== undefined) {
      data.termEnd = input.termEnd === null ? null : shanghaiInstant(addDays(input.termEnd, 1))
      if (data.termEnd && data.termEnd.getTime() <= new Date(a.termStart).getTime()) {
        throw invalidField('termEnd', '任期结束日期不能早于任职开始')
      }
    }
    if (Object.keys(data).length > 0) {
      unwrap(await db.collection(COLLECTIONS.roleAssignments).doc(a._id).update(data))
      Object.assign(a, data)
      await audit('identity.assignment.update', [a._id, a.personId])
    }
    return assignmentDetail(db, a, now)
  })
