/** identity 函数的授权策略（格式见 ../authz-policy.ts） */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { cloud } from '../../../cloudfunctions/_lib/sdk'
import { hashCode } from '../../../cloudfunctions/identity/codes'
import type { AuditLogDoc } from '../../../types/models'
import type { FileDoc } from '../../../types/files'
import type { InviteDoc } from '../../../types/models-identity'
import type { MessageDoc } from '../../../types/models-observations'
import type { HandoverDoc } from '../../../types/models-station'
import { insertAll, type Fixture } from '../../support/fixtures'
import type { Database } from '../../../cloudfunctions/_lib/sdk'
import { answer, MATRIX_CALLERS, notYourFile, type MatrixCaller, type PolicyTable } from '../authz-policy'

const STATION_ROLES = ['head', 'counselor', 'committee', 'observer'] as const
const ALL_ROLES = [...STATION_ROLES, 'center'] as const
/** 样例邀请码不存在：任何平台身份（含未绑定、任期已结束的）都走到邀请码校验 */
const NO_SUCH_CODE = answer('样例邀请码不存在：任何平台身份（含未绑定、任期已结束的）都走到邀请码校验', 'INVITE.INVALID', MATRIX_CALLERS)

/** 每个矩阵调用者一份已接收的照片（本人可取链接）；另一站站长一份（本站站长也不能取） */
async function storedPhotos(f: Fixture, db: Database) {
  const owners = { head: f.personIds.head, counselorA: f.personIds.counselorA, committeeA: f.personIds.committeeA, observerA: f.personIds.observerA, center: f.personIds.center, otherHead: f.personIds.otherHead }
  const docs: FileDoc[] = []
  for (const [key, ownerId] of Object.entries(owners)) {
    const cloudPath = `uploads/photo/authz${key}/file.jpg`
    const { fileID } = await cloud().uploadFile({ cloudPath, fileContent: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) })
    docs.push({
      _id: `authz-${key}`, purpose: 'photo', status: 'accepted', cloudPath, fileID, filename: '照片.jpg', ownerId,
      stationId: key === 'otherHead' ? f.otherStationId : key === 'center' ? null : f.stationId, bytes: 4, createdAt: f.now, acceptedAt: f.now,
    })
  }
  await insertAll(db, COLLECTIONS.files, docs)
  return {}
}

/** 邀请码：站长发的、辅导员 A 发的（本站），另一站站长发的 */
async function seedInvites(f: Fixture, db: Database) {
  const base = { role: 'committee' as const, classId: f.classes.A, expiresAt: new Date(f.now.getTime() + 86_400_000), createdAt: f.now }
  const docs: InviteDoc[] = [
    { _id: 'inv-head', codeHash: hashCode('AAAAA-AAAAA'), stationId: f.stationId, createdBy: f.personIds.head, ...base },
    { _id: 'inv-counselor', codeHash: hashCode('BBBBB-BBBBB'), stationId: f.stationId, createdBy: f.personIds.counselorA, ...base },
    { _id: 'inv-other', codeHash: hashCode('CCCCC-CCCCC'), stationId: f.otherStationId, createdBy: f.personIds.otherHead, ...base, classId: f.otherClassId },
  ]
  await insertAll(db, COLLECTIONS.invites, docs)
}

/** 审计日志：本站一条、另一站一条 */
async function seedAudit(f: Fixture, db: Database) {
  const entry = (id: string, stationId: string, actor: string): AuditLogDoc => ({
    _id: id, stationId, actorPersonId: actor, actorName: '测试', role: 'counselor', action: 'identity.org.student', targetIds: [f.students.a1], at: f.now,
  })
  await insertAll(db, COLLECTIONS.auditLogs, [entry('audit-in', f.stationId, f.personIds.counselorA), entry('audit-other', f.otherStationId, f.personIds.otherHead)])
}

/** 交接记录：本站一条、另一站一条 */
async function seedHandovers(f: Fixture, db: Database) {
  const h = (id: string, stationId: string): HandoverDoc => ({
    _id: id, stationId, fromAssignmentId: 'a-from', fromPersonId: 'p-from', fromName: '前任', toAssignmentId: 'a-to', toPersonId: 'p-to', toName: '继任', note: '',
    classIds: [], dormIds: [], items: [], runs: [], createdAt: f.now, updatedAt: f.now,
  })
  await insertAll(db, COLLECTIONS.handovers, [h('handover-S', f.stationId), h('handover-S2', f.otherStationId)])
}

/** 每个矩阵调用者一条站内消息 */
const MESSAGE_OWNERS = ['head', 'counselorA', 'committeeA', 'observerA', 'center', 'otherHead'] as const
async function seedMessages(f: Fixture, db: Database) {
  const docs: MessageDoc[] = MESSAGE_OWNERS.map((who) => ({ _id: `msg-${who}`, personId: f.personIds[who], kind: 'reminder', title: '提醒', body: '请填报', createdAt: f.now, readAt: null }))
  await insertAll(db, COLLECTIONS.messages, docs)
}

/** 站点级列表的探针：站长 → 另一站点的；另一站点的站长 → 本站的 */
const stationProbe = (own: string[], other: string[]) => (_f: Fixture, who: MatrixCaller) => (who === 'otherHead' ? own : other)
/** 班级列表的探针：各调用者范围外的班级 */
const classProbe = (f: Fixture, who: MatrixCaller): string[] => ({
  head: [f.otherClassId], otherHead: [f.classes.A, f.classes.B, f.classes.C], counselorA: [f.classes.C, f.otherClassId],
  committeeA: [f.classes.B, f.classes.C, f.otherClassId], observerA: [f.classes.A, f.classes.B, f.classes.C, f.otherClassId],
} as Partial<Record<MatrixCaller, string[]>>)[who] ?? []
const dormProbe = (f: Fixture, who: MatrixCaller): string[] => ({
  head: [f.otherDormId], otherHead: [f.dorms.A, f.dorms.B, f.dorms.C], counselorA: [f.dorms.B, f.dorms.C, f.otherDormId],
  committeeA: [f.dorms.A, f.dorms.B, f.dorms.C, f.otherDormId], observerA: [f.dorms.B, f.dorms.C, f.otherDormId],
} as Partial<Record<MatrixCaller, string[]>>)[who] ?? []

export const policy: PolicyTable = {
  'identity.me': {
    roles: [...ALL_ROLES], inScope: () => ({}), outOfScope: () => null,
    listProbe: (f, who) => [who === 'otherHead' ? f.personIds.head : f.personIds.otherHead, f.personIds.counselorB, f.assignmentIds.counselorB],
  },
  'identity.bind': {
    roles: 'public',
    inScope: () => ({ code: 'ZZZZZ-ZZZZZ', name: '测试', studentNo: '2023010101', acceptPledge: true }),
    outOfScope: () => null,
    answers: NO_SUCH_CODE,
  },
  'identity.setup.redeem': { roles: 'public', inScope: () => ({ code: 'ZZZZZ-ZZZZZ', name: '测试' }), outOfScope: () => null, answers: NO_SUCH_CODE },
  'identity.station.create': { roles: ['center'], inScope: (_f, who) => ({ name: `测试学院${who}` }), outOfScope: () => null, unscoped: '新建一个辅导站：中心没有范围外的站点' },
  'identity.invite.create': {
    roles: ['head', 'counselor'],
    inScope: (f) => ({ role: 'committee', classId: f.classes.A }),
    outOfScope: (f, who) => ({ role: 'committee', classId: who === 'head' ? f.otherClassId : f.classes.C }),
  },
  'identity.invite.list': {
    roles: ['head', 'counselor'], setup: seedInvites, inScope: () => ({}), outOfScope: () => null,
    // 站长看本站全部，辅导员只看自己发出的
    listProbe: (_f, who) => ({ head: ['inv-other'], counselorA: ['inv-head', 'inv-other'], otherHead: ['inv-head', 'inv-counselor'] } as Record<string, string[]>)[who] ?? [],
  },
  'identity.invite.revoke': {
    roles: ['head', 'counselor'],
    setup: seedInvites,
    inScope: (_f, who) => ({ inviteId: who === 'counselorA' ? 'inv-counselor' : 'inv-head' }),
    outOfScope: (_f, who) => ({ inviteId: who === 'head' ? 'inv-other' : 'inv-head' }),
  },
  'identity.org.classes': { roles: [...STATION_ROLES], inScope: () => ({}), outOfScope: () => null, listProbe: classProbe },
  'identity.org.dorms': { roles: [...STATION_ROLES], inScope: () => ({}), outOfScope: () => null, listProbe: dormProbe },
  'identity.org.students': {
    roles: [...STATION_ROLES],
    inScope: (f, who) => (who === 'observerA' ? { dormId: f.dorms.A } : { classId: f.classes.A }),
    outOfScope: (f, who) => {
      if (who === 'head') return { classId: f.otherClassId }
      if (who === 'observerA') return { dormId: f.dorms.C }
      return { classId: who === 'committeeA' ? f.classes.B : f.classes.C }
    },
  },
  'identity.org.student': {
    roles: [...STATION_ROLES],
    inScope: (f) => ({ studentId: f.students.a1 }),
    outOfScope: (f, who) => ({ studentId: who === 'head' ? f.students.x1 : f.students.c1 }),
  },
  'identity.roster.template': { roles: ['head'], inScope: () => ({}), outOfScope: () => null, unscoped: '空白的名册模板，不含任何记录' },
  // 文件 id 不属于调用者时是 FILE.NOT_YOURS（不是 AUTH.*/NOT_FOUND）；上传与接收的完整流程见 identity/import.test.ts
  'identity.roster.import': {
    roles: ['head'],
    inScope: () => ({ fileID: 'cloud://local.x/uploads/roster/0123456789abcdef01234567/file.csv' }),
    outOfScope: () => null,
    answers: notYourFile(['head', 'otherHead']),
    unscoped: '只导入调用者本站的名册；样例文件在写入任何记录前就被拒绝',
  },
  'identity.file.prepare': {
    roles: ['head', 'counselor', 'committee', 'observer'],
    inScope: (_f, who) => ({ purpose: who === 'head' || who === 'otherHead' ? 'roster' : 'photo', filename: who === 'head' ? '名册.xlsx' : '照片.jpg' }),
    outOfScope: () => null,
    unscoped: '为调用者本人预留一个上传位置',
  },
  'identity.file.link': {
    roles: [...ALL_ROLES],
    setup: storedPhotos,
    inScope: (_f, who) => ({ fileId: `authz-${who}` }),
    outOfScope: (_f, who) => ({ fileId: who === 'head' ? 'authz-otherHead' : 'authz-head' }),
  },
  'identity.people.list': {
    roles: ['head'], inScope: () => ({}), outOfScope: () => null,
    listProbe: (f, who) => (who === 'otherHead' ? [f.personIds.head, f.personIds.counselorA, f.assignmentIds.head] : [f.personIds.otherHead, f.assignmentIds.otherHead]),
  },
  'identity.assignment.end': {
    roles: ['head'],
    inScope: (f) => ({ assignmentId: f.assignmentIds.committeeC }),
    outOfScope: (f) => ({ assignmentId: f.assignmentIds.otherHead }),
  },
  'identity.assignment.update': {
    roles: ['head'],
    inScope: (f) => ({ assignmentId: f.assignmentIds.counselorB, classIds: [f.classes.C, f.classes.B] }),
    outOfScope: (f) => ({ assignmentId: f.assignmentIds.otherHead, termEnd: '2027-07-01' }),
  },
  'identity.handover.list': { roles: ['head'], setup: seedHandovers, inScope: () => ({}), outOfScope: () => null, listProbe: stationProbe(['handover-S'], ['handover-S2']) },
  'identity.term.get': { roles: [...STATION_ROLES], inScope: () => ({}), outOfScope: () => null, listProbe: (f, who) => [who === 'otherHead' ? f.termId : f.otherTermId] },
  'identity.term.set': {
    roles: ['head'],
    inScope: (f) => ({ termId: f.termId, name: '2026-2027学年第一学期', startDate: '2026-09-07', weeks: 18, weeksOff: [4] }),
    outOfScope: (f) => ({ termId: f.otherTermId, name: '2026-2027学年第一学期', startDate: '2026-09-07', weeks: 18, weeksOff: [4] }),
  },
  'identity.audit.list': { roles: ['head'], setup: seedAudit, inScope: () => ({}), outOfScope: () => null, listProbe: stationProbe(['audit-in'], ['audit-other']) },
  'identity.audit.get': {
    roles: ['head'],
    setup: seedAudit,
    inScope: () => ({ id: 'audit-in' }),
    outOfScope: () => ({ id: 'audit-other' }),
  },
  'identity.profile.update': { roles: [...ALL_ROLES], inScope: () => ({ phone: '', phoneShared: false }), outOfScope: () => null, unscoped: '只改调用者本人的资料' },
  'identity.messages.list': {
    roles: [...ALL_ROLES], setup: seedMessages, inScope: () => ({}), outOfScope: () => null,
    listProbe: (_f, who) => MESSAGE_OWNERS.filter((o) => o !== who).map((o) => `msg-${o}`),
  },
  'identity.messages.read': { roles: [...ALL_ROLES], inScope: () => ({ all: true }), outOfScope: () => null, unscoped: '只标记调用者本人的消息（条件里固定为本人）' },
  'identity.wechat.subscribed': { roles: [...ALL_ROLES], inScope: () => ({ accepted: ['alert'] }), outOfScope: () => null, unscoped: '只记调用者本人的订阅额度' },
}
