/**
 * 换岗交接（移交未办结工作）：站长结束辅导员任职并指定继任者，或继任者用接替邀请码绑定时，一步完成：
 *   继任者接手前任的班级与宿舍（待确认的晚点名、朋辈谈心随范围移交）→ 重点关注条目改由继任者负责
 *   → 未完成的约谈任务改派继任者 → 交接记录列出移交了什么（审计）。
 * 记录的作者不变（谈话、点名、周报仍署前任的名字）。每一步都是“还在前任名下的才移交”的条件写入，
 * 重复执行不会重复移交，中途失败后再执行会补齐。交接记录 _id = '<前任任职>><继任任职>'。
 */
import { type HandoverView, type Paged } from '../../types/api/identity'
import { HANDOVER_ITEM_LABELS, type HandoverDoc, type HandoverItem } from '../../types/models-station'
import type { KeyCareDoc, PeerTalkDoc, RollCallDoc } from '../../types/models-counseling'
import type { TalkTaskDoc } from '../../types/models-observations'
import type { ClassDoc, PersonDoc, RoleAssignmentDoc } from '../../types/models'
import { isAssignmentActive } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { getById, updateWhere } from '../_lib/dbops'
import { invalidField } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import type { Database } from '../_lib/sdk'
import { getAll, getByIds, pageOf, unwrap } from '../_lib/dbops'
import { iso } from './util'

export const handoverIdOf = (fromAssignmentId: string, toAssignmentId: string): string => `${fromAssignmentId}>${toAssignmentId}`

const OPEN_KEYCARE = ['active', 'referred']

/**
 * 继任者须为本站在任、与前任角色相同的另一个任职；否则以字段 successorAssignmentId 拒绝（不写入任何内容）。
 */
export async function loadSuccessor(db: Database, from: RoleAssignmentDoc, successorId: string, now: Date): Promise<RoleAssignmentDoc> {
  const field = 'successorAssignmentId'
  if (from.role !== 'counselor') throw invalidField(field, '只有辅导员任职需要移交工作给继任者')
  if (successorId === from._id) throw invalidField(field, '继任者不能是被交接的同一任职')
  const to = await getById<RoleAssignmentDoc>(db, COLLECTIONS.roleAssignments, successorId)
  if (!to || to.stationId !== from.stationId) throw invalidField(field, '继任者须为本站的辅导员，请从本站人员中选择')
  if (to.role !== 'counselor') throw invalidField(field, '继任者须持有辅导员角色，请先为其签发辅导员邀请码')
  if (!isAssignmentActive(to, now)) throw invalidField(field, '继任者的辅导员任职已结束，请选择在任的辅导员')
  return to
}

interface Actor { personId: string; name: string }

const union = (a: string[] = [], b: string[] = []): string[] => [...new Set([...a, ...b])]

/** 前任名下仍未办结的工作（只读） */
async function openWork(db: Database, from: RoleAssignmentDoc) {
  const stationId = from.stationId!
  const classIds = from.classIds ?? []
  const dormIds = from.dormIds ?? []
  const [keyCare, tasks, rollCalls, peerTalks] = await Promise.all([
    getAll<KeyCareDoc>(db, COLLECTIONS.keyCare, { stationId, counselorId: from.personId, status: { $in: OPEN_KEYCARE } }),
    getAll<TalkTaskDoc>(db, COLLECTIONS.talkTasks, { stationId, status: 'open', counselorIds: from.personId }),
    classIds.length ? getAll<RollCallDoc>(db, COLLECTIONS.rollCalls, { stationId, status: 'pending', classId: { $in: classIds } }) : [],
    classIds.length || dormIds.length
      ? getAll<PeerTalkDoc>(db, COLLECTIONS.peerTalks, {
          stationId, status: 'pending', $or: [{ classId: { $in: classIds } }, { dormId: { $in: dormIds } }],
        })
      : [],
  ])
  return { keyCare, tasks, rollCalls, peerTalks }
}

/**
 * 把前任（from）名下未办结的工作移交给继任者（to），返回交接记录。已移交的不再移交（幂等）。
 */
export async function transferOpenWork(
  db: Database,
  args: { from: RoleAssignmentDoc; to: RoleAssignmentDoc; note: string; by: Actor; now: Date },
): Promise<{ record: HandoverDoc; moved: HandoverItem[] }> {
  const { from, to, note, by, now } = args
  const _id = handoverIdOf(from._id, to._id)
  const persons = await getByIds<PersonDoc>(db, COLLECTIONS.people, [from.personId, to.personId])
  const fromName = persons.get(from.personId)?.name ?? ''
  const toName = persons.get(to.personId)?.name ?? ''
  const work = await openWork(db, from)
  const classes = await getByIds<ClassDoc>(db, COLLECTIONS.classes, work.rollCalls.map((r) => r.classId))
  const existing = await getById<HandoverDoc>(db, COLLECTIONS.handovers, _id)
  const already = new Set((existing?.items ?? []).map((i) => `${i.kind}:${i.id}`))
  const moved: HandoverItem[] = []
  const add = (item: Omit<HandoverItem, 'movedAt'>) => {
    if (!already.has(`${item.kind}:${item.id}`)) moved.push({ ...item, movedAt: now })
  }

  // 1. 范围：继任者接手前任的班级与宿舍（待确认的点名、朋辈谈心由此归继任者确认）
  const classIds = union(to.classIds, from.classIds)
  const dormIds = union(to.dormIds, from.dormIds)
  if (classIds.length !== (to.classIds ?? []).length || dormIds.length !== (to.dormIds ?? []).length) {
    unwrap(await db.collection(COLLECTIONS.roleAssignments).doc(to._id).update({ classIds, dormIds }))
  }
  // 2. 重点关注条目：仍由前任负责的才改（条件写入）
  for (const k of work.keyCare) {
    const prev = [...(k.previousCounselors ?? []), { personId: from.personId, name: fromName, until: now, handoverId: _id }]
    await updateWhere(db, COLLECTIONS.keyCare, { _id: k._id, counselorId: from.personId }, {
      counselorId: to.personId, counselorName: toName, previousCounselors: prev, updatedAt: now,
    })
    add({ kind: 'keycare', id: k._id, label: k.studentName, studentId: k.studentId })
  }
  // 3. 约谈任务：前任换成继任者（继任者已在列则只去掉前任）
  for (const task of work.tasks) {
    const ids = union(task.counselorIds.filter((x) => x !== from.personId), [to.personId])
    await updateWhere(db, COLLECTIONS.talkTasks, { _id: task._id, status: 'open', counselorIds: from.personId }, { counselorIds: ids })
    add({ kind: 'talk_task', id: task._id, label: task.studentName ?? '', studentId: task.studentId })
  }
  // 4. 待确认：随范围移交，逐条列入记录
  for (const r of work.rollCalls) add({ kind: 'rollcall', id: r._id, label: `${classes.get(r.classId)?.name ?? ''} 第${r.week}周` })
  for (const p of work.peerTalks) add({ kind: 'peer_talk', id: p._id, label: p.studentName, studentId: p.studentId })

  const record: HandoverDoc = existing
    ? { ...existing, items: [...existing.items, ...moved], updatedAt: now }
    : {
        _id, stationId: from.stationId!, fromAssignmentId: from._id, fromPersonId: from.personId, fromName,
        toAssignmentId: to._id, toPersonId: to.personId, toName, note, classIds: from.classIds ?? [], dormIds: from.dormIds ?? [],
        items: moved, runs: [], createdAt: now, updatedAt: now,
      }
  if (note && existing && !existing.note) record.note = note
  record.runs = [...record.runs, { at: now, by: by.personId, byName: by.name, moved: moved.length }]
  const { _id: id, ...rest } = record
  unwrap(await db.collection(COLLECTIONS.handovers).doc(id).set(rest))
  return { record, moved }
}

/** 交接记录 → 视图 */
export function handoverView(h: HandoverDoc): HandoverView {
  const counts = { keycare: 0, talk_task: 0, rollcall: 0, peer_talk: 0 } as HandoverView['counts']
  for (const i of h.items) counts[i.kind] += 1
  return {
    _id: h._id, fromName: h.fromName, toName: h.toName, fromAssignmentId: h.fromAssignmentId, toAssignmentId: h.toAssignmentId,
    note: h.note,
    items: h.items.map((i) => ({ kind: i.kind, kindLabel: HANDOVER_ITEM_LABELS[i.kind], id: i.id, label: i.label, movedAt: iso(i.movedAt)! })),
    counts, createdAt: iso(h.createdAt)!, updatedAt: iso(h.updatedAt)!, assessmentPointId: 'policy.2',
  }
}

/** 移交涉及的学生（审计目标） */
export const handoverStudentIds = (items: HandoverItem[]): string[] => [...new Set(items.map((i) => i.studentId).filter((x): x is string => !!x))]

export const handoverList = defineAction(identityContract['handover.list'], async ({ db, caller, audit }, input): Promise<Paged<HandoverView>> => {
    const all = await getAll<HandoverDoc>(db, COLLECTIONS.handovers, { stationId: caller.stationId }, { orderBy: ['createdAt', 'desc'] })
    const page = pageOf(all, input.page, input.pageSize)
    const students = handoverStudentIds(page.items.flatMap((h) => h.items))
    await audit('identity.handover.list', [...page.items.map((h) => h._id), ...students])
    return { ...page, items: page.items.map(handoverView) }
  })
