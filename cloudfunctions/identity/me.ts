/** me：当前使用者及其全部生效任职（启动页、角色切换用） */
import { type MeOutput } from '../../types/api/identity'
import type { PersonDoc, RoleAssignmentDoc } from '../../types/models'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import type { Database } from '../_lib/sdk'
import { assignmentView, loadNames } from './util'

const ORDER = ['head', 'counselor', 'committee', 'observer', 'center']

export async function meView(db: Database, person: PersonDoc, active: RoleAssignmentDoc[]): Promise<MeOutput> {
  const book = await loadNames(db, active)
  const sorted = [...active].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role))
  return { person: { _id: person._id, name: person.name }, assignments: sorted.map((a) => assignmentView(a, book)) }
}

/** 未绑定 → AUTH.NOT_BOUND；任期全部结束 → AUTH.ROLE_ENDED（由 handler 统一判断） */
export const me = defineAction(identityContract['me'], async ({ db, caller }) => meView(db, caller.person, caller.assignments))
