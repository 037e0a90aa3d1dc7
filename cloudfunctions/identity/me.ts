/** me：当前使用者及其全部生效任职（启动页、角色切换用） */
import { type MeOutput } from '../../types/api/identity'
import type { PersonDoc, RoleAssignmentDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import type { Database } from '../_lib/sdk'
import { assignmentView, loadNames } from './util'

const ORDER = ['head', 'counselor', 'committee', 'observer', 'center']

export async function meView(db: Database, person: PersonDoc, active: RoleAssignmentDoc[]): Promise<MeOutput> {
  const book = await loadNames(db, active)
  const sorted = [...active].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role))
  const contact = { ...(person.phone ? { phone: person.phone } : {}), ...(person.phoneShared ? { phoneShared: true } : {}) }
  return { person: { _id: person._id, name: person.name, ...contact }, assignments: sorted.map((a) => assignmentView(a, book)) }
}

/** 本人的联系电话与是否展示给所负责的学生骨干（只改自己的） */
export const profileUpdate = defineAction(identityContract['profile.update'], async ({ db, caller }, input) => {
    const patch = input.phone ? { phone: input.phone, phoneShared: input.phoneShared } : { phone: db.command.remove(), phoneShared: false }
    await db.collection(COLLECTIONS.people).doc(caller.person._id).update(patch)
    const person: PersonDoc = { ...caller.person, phoneShared: !!input.phone && input.phoneShared }
    if (input.phone) person.phone = input.phone
    else delete person.phone
    return meView(db, person, caller.assignments)
  })

/** 未绑定 → AUTH.NOT_BOUND；任期全部结束 → AUTH.ROLE_ENDED（由 handler 统一判断） */
export const me = defineAction(identityContract['me'], async ({ db, caller }) => meView(db, caller.person, caller.assignments))
