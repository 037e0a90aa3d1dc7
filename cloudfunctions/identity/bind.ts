/**
 * bind：用邀请码绑定微信身份 → 建立使用者与角色任职（一个事务内完成）。
 * 顺序：限流 → 邀请码（散列查找、单次、过期、撤销）→ 保密承诺 → 名册核对 → 事务写入 → 审计。
 */
import { STUDENT_CADRE_ROLES } from '../../types/domain'
import { type BindOutput } from '../../types/api/identity'
import type { PersonDoc, RoleAssignmentDoc, StudentDoc } from '../../types/models'
import type { InviteDoc } from '../../types/models-identity'
import { isAssignmentActive, type Caller } from '../_lib/access'
import { appendAudit } from '../_lib/audit'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, invalidField } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import type { Database } from '../_lib/sdk'
import { hashCode } from './codes'
import { meView } from './me'
import { handoverStudentIds, transferOpenWork } from './handover'
import { getAll, getByIds, runTx, unwrap } from '../_lib/dbops'
import { newId } from './util'

export const BIND_LIMIT = { attempts: 5, windowMs: 10 * 60_000 }

/** 每个 openid 每 10 分钟最多 5 次绑定/兑换尝试 */
export async function countBindAttempt(db: Database, openid: string, now: Date): Promise<void> {
  const ref = db.collection(COLLECTIONS.bindAttempts).doc(openid)
  const res = unwrap(await ref.get())
  const cur = res.data[0] as { count: number; windowStart: Date } | undefined
  const fresh = !cur || now.getTime() - new Date(cur.windowStart).getTime() >= BIND_LIMIT.windowMs
  if (!fresh && cur.count >= BIND_LIMIT.attempts) throw new AppError('RATE_LIMITED')
  unwrap(await ref.set(fresh ? { count: 1, windowStart: now } : { count: cur.count + 1, windowStart: cur.windowStart }))
}

export function inviteUsable(inv: InviteDoc | null | undefined, now: Date): inv is InviteDoc {
  return !!inv && !inv.usedAt && !inv.revokedAt && new Date(inv.expiresAt).getTime() > now.getTime()
}

const sameText = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '')

/** 学生骨干：姓名 + 学号须与名册一致，且在邀请码范围内（委员在本班、观察员住本宿舍） */
async function checkRoster(db: Database, invite: InviteDoc, name: string, studentNo: string): Promise<void> {
  const found = await getAll<StudentDoc>(db, COLLECTIONS.students, { stationId: invite.stationId, studentNo })
  const s = found[0]
  const inUnit = s && (invite.role === 'committee' ? s.classId === invite.classId : s.dormId === invite.dormId)
  if (!s || !sameText(s.name, name) || !inUnit) throw new AppError('INVITE.IDENTITY_MISMATCH')
}

export const bind = defineAction(identityContract['bind'], async ({ db, openid, now }, input): Promise<BindOutput> => {
    await countBindAttempt(db, openid, now)
    const found = await getAll<InviteDoc>(db, COLLECTIONS.invites, { codeHash: hashCode(input.code) })
    const invite = found[0]
    if (!inviteUsable(invite, now)) throw new AppError('INVITE.INVALID')
    const cadre = STUDENT_CADRE_ROLES.includes(invite.role)
    if (cadre) {
      if (!input.studentNo) throw invalidField('studentNo', '学生骨干须填写学号')
      if (input.acceptPledge !== true) throw new AppError('INVITE.PLEDGE_REQUIRED')
      await checkRoster(db, invite, input.name, input.studentNo)
    }

    const people = await getAll<PersonDoc>(db, COLLECTIONS.people, { openid })
    const existing = people[0]
    const personId = existing?._id ?? newId()
    const assignment: RoleAssignmentDoc = {
      _id: newId(),
      personId,
      role: invite.role,
      stationId: invite.stationId,
      ...(invite.classId ? { classId: invite.classId } : {}),
      ...(invite.dormId ? { dormId: invite.dormId } : {}),
      ...(invite.role === 'counselor' ? { classIds: invite.classIds ?? [], dormIds: invite.dormIds ?? [] } : {}),
      termStart: now,
      termEnd: invite.termEnd ? new Date(invite.termEnd) : null,
      endedAt: null,
      inviteId: invite._id,
      createdAt: now,
    }
    if (existing) {
      const mine = await getAll<RoleAssignmentDoc>(db, COLLECTIONS.roleAssignments, { personId })
      const dup = mine.find(
        (a) => isAssignmentActive(a, now) && a._id !== invite.successorOf && a.role === assignment.role &&
          a.stationId === assignment.stationId && a.classId === assignment.classId && a.dormId === assignment.dormId,
      )
      if (dup && assignment.role !== 'counselor') throw new AppError('CONFLICT', '你已持有该角色，无需重复绑定')
    }

    let predecessor: RoleAssignmentDoc | null = null
    await runTx(db, async (t) => {
      const inv = unwrap(await t.collection(COLLECTIONS.invites).doc(invite._id).get()).data as InviteDoc | null
      if (!inviteUsable(inv, now)) throw new AppError('INVITE.INVALID')
      unwrap(await t.collection(COLLECTIONS.invites).doc(invite._id).update({ usedAt: now, usedBy: personId }))
      if (existing) {
        if (cadre) {
          unwrap(await t.collection(COLLECTIONS.people).doc(personId).update({ studentNo: input.studentNo, pledgeAcceptedAt: now }))
        }
      } else {
        const person: Omit<PersonDoc, '_id'> = {
          openid,
          name: input.name,
          ...(cadre ? { studentNo: input.studentNo, pledgeAcceptedAt: now } : {}),
          createdAt: now,
        }
        unwrap(await t.collection(COLLECTIONS.people).doc(personId).set(person))
      }
      const { _id, ...rest } = assignment
      unwrap(await t.collection(COLLECTIONS.roleAssignments).doc(_id).set(rest))
      if (invite.successorOf) {
        const prev = unwrap(await t.collection(COLLECTIONS.roleAssignments).doc(invite.successorOf).get()).data as RoleAssignmentDoc | null
        if (prev && isAssignmentActive(prev, now)) {
          unwrap(await t.collection(COLLECTIONS.roleAssignments).doc(prev._id).update({ endedAt: now, endedBy: invite.createdBy }))
          predecessor = { ...prev, _id: invite.successorOf }
        }
      }
    })

    const predecessorId = (predecessor as RoleAssignmentDoc | null)?._id ?? null
    // 接替邀请码（辅导员）：前任未办结的工作移交给新任职（与站长结束任职时指定继任者同一步骤）
    let handoverTargets: string[] = []
    if (predecessor && (predecessor as RoleAssignmentDoc).role === 'counselor') {
      const creator = (await getByIds<PersonDoc>(db, COLLECTIONS.people, [invite.createdBy])).get(invite.createdBy)
      const res = await transferOpenWork(db, {
        from: predecessor, to: assignment, note: '接替邀请码绑定', by: { personId: invite.createdBy, name: creator?.name ?? '' }, now,
      })
      handoverTargets = [res.record._id, ...handoverStudentIds(res.moved)]
    }
    const person: PersonDoc = existing ?? { _id: personId, openid, name: input.name, createdAt: now }
    const mine = await getAll<RoleAssignmentDoc>(db, COLLECTIONS.roleAssignments, { personId })
    const active = mine.filter((a) => isAssignmentActive(a, now))
    const actor: Caller = { openid, person, role: assignment.role, assignment, stationId: assignment.stationId, assignments: active }
    await appendAudit(db, actor, 'identity.bind', [assignment._id, invite._id, ...(predecessorId ? [predecessorId] : [])], now)
    if (handoverTargets.length > 0) await appendAudit(db, actor, 'identity.handover', handoverTargets, now)
    return { ...(await meView(db, person, active)), assignmentId: assignment._id }
  })
