/**
 * 邀请码：签发、列表、撤销。
 * 站长：本站任意角色（含辅导员及其班级、宿舍）；辅导员：只能为自己负责的班级/宿舍签发委员、观察员邀请码。
 */
import { addDays, shanghaiInstant } from '../../domain/calendar'
import { type InviteCreateOutput, type InviteStatus, type InviteView, type Paged } from '../../types/api/identity'
import type { PersonDoc, RoleAssignmentDoc } from '../../types/models'
import type { InviteDoc } from '../../types/models-identity'
import { inviteInScope, inviteScopeFilter, loadUnitInScope, successorInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, invalidField, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import type { Database } from '../_lib/sdk'
import { DAY_MS, generateCode, hashCode } from './codes'
import { getAll, getByIds, pageOf, unwrap } from '../_lib/dbops'
import { iso, loadNames, newId, scopeLabel } from './util'

export function inviteStatus(inv: InviteDoc, now: Date): InviteStatus {
  if (inv.revokedAt) return 'revoked'
  if (inv.usedAt) return 'used'
  if (new Date(inv.expiresAt).getTime() <= now.getTime()) return 'expired'
  return 'active'
}

export async function inviteViews(db: Database, invites: InviteDoc[], now: Date): Promise<InviteView[]> {
  const [book, people] = await Promise.all([
    loadNames(db, invites),
    getByIds<PersonDoc>(db, COLLECTIONS.people, invites.flatMap((i) => [i.createdBy, i.usedBy ?? ''])),
  ])
  return invites.map((i) => ({
    _id: i._id,
    role: i.role,
    scopeLabel: scopeLabel(i, book),
    status: inviteStatus(i, now),
    ...(i.successorOf ? { successorOf: i.successorOf } : {}),
    ...(i.termEnd ? { termEnd: iso(i.termEnd) } : {}),
    expiresAt: iso(i.expiresAt)!,
    createdAt: iso(i.createdAt)!,
    createdByName: people.get(i.createdBy)?.name ?? '',
    ...(i.usedBy ? { usedByName: people.get(i.usedBy)?.name ?? '' } : {}),
    ...(i.usedAt ? { usedAt: iso(i.usedAt) } : {}),
    ...(i.revokedAt ? { revokedAt: iso(i.revokedAt) } : {}),
  }))
}

/** 被接替的任职：须在本站、角色相同；辅导员只能接替自己范围内的委员/观察员 */
async function checkSuccessor(db: Database, caller: Caller, assignmentId: string, role: string): Promise<void> {
  const res = unwrap(await db.collection(COLLECTIONS.roleAssignments).doc(assignmentId).get())
  const prev = res.data[0] as RoleAssignmentDoc | undefined
  if (!prev || !successorInScope(caller, prev)) throw notFound()
  if (prev.role !== role) throw invalidField('successorOf', '接替的任职须与邀请的角色相同')
}

export const inviteCreate = defineAction(identityContract['invite.create'], async ({ db, caller, now, audit }, input): Promise<InviteCreateOutput> => {
    if (caller.role === 'counselor' && input.role !== 'committee' && input.role !== 'observer') {
      throw new AppError('AUTH.FORBIDDEN', '辅导员只能签发班级心理委员、宿舍心理观察员邀请码')
    }
    const stationId = caller.stationId!
    const doc: InviteDoc = {
      _id: newId(),
      codeHash: '',
      stationId,
      role: input.role,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
      createdBy: caller.person._id,
      createdAt: now,
    }
    if (input.role === 'committee') {
      await loadUnitInScope(db, caller, 'class', input.classId)
      doc.classId = input.classId
    } else if (input.role === 'observer') {
      await loadUnitInScope(db, caller, 'dorm', input.dormId)
      doc.dormId = input.dormId
    } else if (input.role === 'counselor') {
      const classIds = [...new Set(input.classIds)]
      const dormIds = [...new Set(input.dormIds)]
      for (const c of classIds) await loadUnitInScope(db, caller, 'class', c)
      for (const d of dormIds) await loadUnitInScope(db, caller, 'dorm', d)
      doc.classIds = classIds
      doc.dormIds = dormIds
    }
    if (input.successorOf) {
      await checkSuccessor(db, caller, input.successorOf, input.role)
      doc.successorOf = input.successorOf
    }
    if (input.termEnd) doc.termEnd = shanghaiInstant(addDays(input.termEnd, 1))
    const code = generateCode()
    doc.codeHash = hashCode(code)
    const { _id, ...rest } = doc
    unwrap(await db.collection(COLLECTIONS.invites).doc(_id).set(rest))
    await audit('identity.invite.create', [doc._id, ...(doc.successorOf ? [doc.successorOf] : [])])
    const [invite] = await inviteViews(db, [doc], now)
    return { code, invite }
  })

export const inviteList = defineAction(identityContract['invite.list'], async ({ db, caller, now }, input): Promise<Paged<InviteView>> => {
    const all = await getAll<InviteDoc>(db, COLLECTIONS.invites, inviteScopeFilter(caller), { orderBy: ['createdAt', 'desc'] })
    const filtered = input.status ? all.filter((i) => inviteStatus(i, now) === input.status) : all
    const page = pageOf(filtered, input.page, input.pageSize)
    return { ...page, items: await inviteViews(db, page.items, now) }
  })

export const inviteRevoke = defineAction(identityContract['invite.revoke'], async ({ db, caller, now, audit }, input): Promise<InviteView> => {
    const res = unwrap(await db.collection(COLLECTIONS.invites).doc(input.inviteId).get())
    const inv = res.data[0] as InviteDoc | undefined
    if (!inv || !inviteInScope(caller, inv)) throw notFound()
    if (inv.usedAt) throw new AppError('STATE.INVALID_TRANSITION', '该邀请码已被使用，如需收回权限请在“人员与角色”中结束任职')
    if (!inv.revokedAt) {
      unwrap(await db.collection(COLLECTIONS.invites).doc(inv._id).update({ revokedAt: now }))
      inv.revokedAt = now
      await audit('identity.invite.revoke', [inv._id])
    }
    const [view] = await inviteViews(db, [inv], now)
    return view
  })
