/** identity 云函数：组织、名册、绑定、角色任职与交接、学期、审计日志、站内消息 */
import type { IdentityAction } from '../../types/api/identity'
import { createMain, type AnyActionDef } from '../_lib/handler'
import { auditGet } from './audit-get'
import { auditList } from './audit-list'
import { bind } from './bind'
import { handoverList } from './handover'
import { fileLink, filePrepare } from './files'
import { inviteCreate, inviteList, inviteRevoke } from './invites'
import { me, profileUpdate } from './me'
import { messagesList, messagesRead, wechatSubscribed } from './messages'
import { orgClasses, orgDorms, orgStudent, orgStudents } from './org'
import { assignmentEnd, assignmentUpdate, peopleList } from './people'
import { rosterImport, rosterTemplate } from './roster/import'
import { setupRedeem, stationCreate } from './setup'
import { termGet, termSet } from './term'

export const actions: Record<IdentityAction, AnyActionDef> = {
  me,
  bind,
  'setup.redeem': setupRedeem,
  'station.create': stationCreate,
  'invite.create': inviteCreate,
  'invite.list': inviteList,
  'invite.revoke': inviteRevoke,
  'org.classes': orgClasses,
  'org.dorms': orgDorms,
  'org.students': orgStudents,
  'org.student': orgStudent,
  'roster.template': rosterTemplate,
  'roster.import': rosterImport,
  'file.prepare': filePrepare,
  'file.link': fileLink,
  'people.list': peopleList,
  'assignment.end': assignmentEnd,
  'assignment.update': assignmentUpdate,
  'handover.list': handoverList,
  'term.get': termGet,
  'term.set': termSet,
  'audit.list': auditList,
  'audit.get': auditGet,
  'profile.update': profileUpdate,
  'messages.list': messagesList,
  'messages.read': messagesRead,
  'wechat.subscribed': wechatSubscribed,
}

export const main = createMain(actions)
