/** counseling 函数的授权策略（格式见 ../authz-policy.ts） */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { Database } from '../../../cloudfunctions/_lib/sdk'
import type { KeyCareDoc, PeerTalkDoc, RollCallDoc, TalkDoc, ApprovalDoc } from '../../../types/models-counseling'
import type { TalkTaskDoc } from '../../../types/models-observations'
import { insertAll, type Fixture, type StudentKey } from '../../support/fixtures'
import { answer, type ActionPolicy, type MatrixCaller, type PolicyTable } from '../authz-policy'

/** 准备各类记录：站点 S 内 counselorA 范围内（a1 / 班级 A）、范围外（c1 / 班级 C），以及站点 S2（x1 / 班级 X） */
async function seedCounseling(f: Fixture, db: Database): Promise<void> {
  const now = f.now
  const s = (k: StudentKey) => f.studentDocs[k]
  const snap = (k: StudentKey) => ({ stationId: s(k).stationId, studentId: s(k)._id, studentName: s(k).name, classId: s(k).classId, dormId: s(k).dormId })
  const rc = (id: string, stationId: string, termId: string, classId: string): RollCallDoc => ({
    _id: id, stationId, termId, week: 6, classId, heldAt: new Date('2026-10-18T13:00:00Z'), expected: 3, present: 3, absences: [],
    recordedBy: f.personIds.committeeA, recordedByName: '心理委员', status: 'pending', revision: 1, revisions: [], correction: false, createdAt: now, updatedAt: now,
  })
  const talk = (id: string, k: StudentKey, authorId: string): TalkDoc => ({
    _id: id, ...snap(k), authorId, authorName: '老师', date: '2026-10-20', place: '办公室', form: 'in_person', type: 'daily',
    source: 'self_initiated', summary: '谈话', level: 'general', measures: '', referred: false, createdAt: now,
  })
  const peer = (id: string, k: StudentKey, reporterId: string, kind: 'class' | 'dorm', status: PeerTalkDoc['status']): PeerTalkDoc => {
    const { studentName, ...rest } = snap(k)
    return {
      _id: id, ...rest, studentName, reporterId, reporterName: '骨干', kind, unitId: kind === 'class' ? rest.classId : rest.dormId,
      date: '2026-10-20', form: 'in_person', category: '学业压力', summary: '谈心', needsCounselor: false, status, createdAt: now, updatedAt: now,
    }
  }
  const kc = (id: string, k: StudentKey, centerCase: boolean): KeyCareDoc => ({
    _id: id, ...snap(k), level: 'key', categories: ['情绪异常'], enteredAt: '2026-10-01', source: 'direct', counselorId: f.personIds.counselorA,
    counselorName: '钱老师', nextFollowUp: '2026-10-25', status: centerCase ? 'referred' : 'active',
    ...(centerCase ? { referral: { to: 'center' as const, date: '2026-10-10', party: '校心理中心' }, centerReferredAt: now } : {}),
    history: [], centerFeedback: [], createdAt: now, updatedAt: now,
  })
  const task = (id: string, k: StudentKey): TalkTaskDoc => ({
    _id: id, stationId: s(k).stationId, studentId: s(k)._id, classId: s(k).classId, dormId: s(k).dormId, counselorIds: [],
    source: 'alert', sourceId: id, createdAt: now, status: 'open',
  })
  const ap = (id: string, keyCareId: string, k: StudentKey): ApprovalDoc => ({
    _id: id, stationId: s(k).stationId, keyCareId, studentId: s(k)._id, studentName: s(k).name, kind: 'level', requestedBy: f.personIds.counselorA,
    requestedByName: '钱老师', payload: { kind: 'level', from: 'key', to: 'crisis' }, status: 'pending', createdAt: now,
  })
  await Promise.all([
    insertAll(db, COLLECTIONS.rollCalls, [
      rc(`${f.termId}:6:${f.classes.A}`, f.stationId, f.termId, f.classes.A),
      rc(`${f.termId}:6:${f.classes.C}`, f.stationId, f.termId, f.classes.C),
      rc(`${f.otherTermId}:6:${f.otherClassId}`, f.otherStationId, f.otherTermId, f.otherClassId),
    ]),
    insertAll(db, COLLECTIONS.talks, [talk('talk-a1', 'a1', f.personIds.counselorA), talk('talk-c1', 'c1', f.personIds.counselorB), talk('talk-x1', 'x1', f.personIds.otherHead)]),
    insertAll(db, COLLECTIONS.peerTalks, [
      peer('peer-a1', 'a1', f.personIds.committeeA, 'class', 'pending'),
      peer('peer-c1', 'c1', f.personIds.committeeC, 'class', 'pending'),
      peer('peer-x1', 'x1', 'someone', 'class', 'pending'),
      peer('peer-ret-committeeA', 'a1', f.personIds.committeeA, 'class', 'returned'),
      peer('peer-ret-observerA', 'a1', f.personIds.observerA, 'dorm', 'returned'),
    ]),
    insertAll(db, COLLECTIONS.keyCare, [kc('kc-a1', 'a1', true), kc('kc-c1', 'c1', false), kc('kc-x1', 'x1', false)]),
    insertAll(db, COLLECTIONS.talkTasks, [task('task-a1', 'a1'), task('task-c1', 'c1'), task('task-x1', 'x1')]),
    insertAll(db, COLLECTIONS.approvals, [ap('ap-a1', 'kc-a1', 'a1'), ap('ap-x1', 'kc-x1', 'x1')]),
  ])
}

/** 范围外目标：head → 另一站点的记录；其他角色 → 本站范围外的记录 */
const pick = (who: MatrixCaller, own: string, other: string) => (who === 'head' ? other : own)
/** 列表探针：站长 → 另一站点的记录；另一站点的站长 → 本站的记录；其余 → 范围外（C 班与另一站点）的记录 */
const outside = (who: MatrixCaller, head: string[], own: string[], otherHead: string[]) => (who === 'head' ? head : who === 'otherHead' ? otherHead : own)
const STATION = ['committee', 'counselor', 'head'] as const
const REVIEWERS = ['counselor', 'head'] as const
/** 审阅者对一条记录的动作：范围内 <prefix>-a1；范围外为本站的 <prefix>-c1（站长：另一站点的 <prefix>-x1） */
const onRecord = (prefix: string, extra: object = {}): ActionPolicy => ({
  roles: [...REVIEWERS],
  setup: seedCounseling,
  inScope: () => ({ id: `${prefix}-a1`, ...extra }),
  outOfScope: (_f, who) => ({ id: pick(who, `${prefix}-c1`, `${prefix}-x1`), ...extra }),
})
/** 中心对一个个案的动作：转介到中心的 kc-a1 为范围内，未转介的 kc-c1 为范围外 */
const referral = (extra: object = {}): ActionPolicy => ({
  roles: ['center'],
  setup: seedCounseling,
  inScope: () => ({ id: 'kc-a1', ...extra }),
  outOfScope: () => ({ id: 'kc-c1', ...extra }),
})
const talkPayload = (studentId: string) => ({
  studentId, date: '2026-10-20', place: '办公室', form: 'in_person', type: 'daily', source: 'self_initiated',
  summary: '谈话', level: 'general', measures: '', referred: false,
})
const peerPayload = (studentId: string) => ({ studentId, date: '2026-10-20', form: 'in_person', category: '学业压力', summary: '谈心', needsCounselor: false })

export const policy: PolicyTable = {
  'counseling.rollcall.get': {
    roles: [...STATION],
    inScope: (f) => ({ classId: f.classes.A, week: 6 }),
    outOfScope: (f, who) => ({ classId: pick(who, f.classes.C, f.otherClassId), week: 6 }),
  },
  'counseling.rollcall.save': {
    roles: ['committee', 'counselor'],
    inScope: (f) => ({ classId: f.classes.A, heldAt: '2026-10-18T21:00:00+08:00', present: 4, absences: [] }),
    outOfScope: (f) => ({ classId: f.classes.C, heldAt: '2026-10-18T21:00:00+08:00', present: 3, absences: [] }),
  },
  'counseling.rollcall.confirm': {
    roles: [...REVIEWERS],
    setup: seedCounseling,
    inScope: (f) => ({ id: `${f.termId}:6:${f.classes.A}` }),
    outOfScope: (f, who) => ({ id: pick(who, `${f.termId}:6:${f.classes.C}`, `${f.otherTermId}:6:${f.otherClassId}`) }),
  },
  'counseling.rollcall.return': {
    roles: [...REVIEWERS],
    setup: seedCounseling,
    inScope: (f) => ({ id: `${f.termId}:6:${f.classes.A}`, comment: '请核对' }),
    outOfScope: (f, who) => ({ id: pick(who, `${f.termId}:6:${f.classes.C}`, `${f.otherTermId}:6:${f.otherClassId}`), comment: '请核对' }),
  },
  'counseling.rollcall.board': {
    roles: [...STATION], setup: seedCounseling, inScope: () => ({}), outOfScope: () => null,
    listProbe: (f, who) => outside(who, [f.otherClassId], [f.classes.C, f.otherClassId], [f.classes.A, f.classes.C]),
  },
  'counseling.talk.prefill': {
    roles: [...REVIEWERS],
    setup: seedCounseling,
    inScope: () => ({ taskId: 'task-a1' }),
    outOfScope: (_f, who) => ({ taskId: pick(who, 'task-c1', 'task-x1') }),
  },
  'counseling.talk.create': {
    roles: [...REVIEWERS],
    inScope: (f) => talkPayload(f.students.a1),
    outOfScope: (f, who) => talkPayload(pick(who, f.students.c1, f.students.x1)),
  },
  'counseling.talk.list': {
    roles: ['center', ...REVIEWERS], setup: seedCounseling, inScope: () => ({}), outOfScope: () => null,
    // 站长看本站全部；辅导员只看自己记录的；中心只看转介个案（a1）的
    listProbe: (_f, who) => outside(who, ['talk-x1'], ['talk-c1', 'talk-x1'], ['talk-a1', 'talk-c1']),
  },
  'counseling.talk.get': { ...onRecord('talk'), roles: ['center', ...REVIEWERS] },
  'counseling.student.timeline': {
    roles: ['center', ...REVIEWERS],
    setup: seedCounseling,
    inScope: (f) => ({ studentId: f.students.a1 }),
    outOfScope: (f, who) => ({ studentId: pick(who, f.students.c1, f.students.x1) }),
  },
  'counseling.peer.create': {
    roles: ['committee', 'observer'],
    inScope: (f) => peerPayload(f.students.a1),
    outOfScope: (f, who) => peerPayload(who === 'observerA' ? f.students.c1 : f.students.b1),
  },
  'counseling.peer.resubmit': {
    roles: ['committee', 'observer'],
    setup: seedCounseling,
    inScope: (f, who) => ({ id: `peer-ret-${who}`, ...peerPayload(f.students.a1) }),
    outOfScope: (f) => ({ id: 'peer-c1', ...peerPayload(f.students.a1) }),
  },
  'counseling.peer.list': {
    roles: ['committee', 'observer', ...REVIEWERS], setup: seedCounseling, inScope: () => ({}), outOfScope: () => null,
    listProbe: (_f, who) => outside(who, ['peer-x1'], ['peer-c1', 'peer-x1'], ['peer-a1', 'peer-c1']),
  },
  'counseling.peer.confirm': onRecord('peer'),
  'counseling.peer.return': onRecord('peer', { comment: '请补充' }),
  'counseling.keycare.add': {
    roles: [...REVIEWERS],
    inScope: (f) => ({ studentId: f.students.a2, level: 'key', categories: ['学业压力'], source: 'direct', nextFollowUp: '2026-10-28' }),
    answers: answer('站长先加入了同一名学生', 'KEYCARE.ALREADY_ACTIVE', ['counselorA']),
    outOfScope: (f, who) => ({ studentId: pick(who, f.students.c2, f.students.x1), level: 'key', categories: ['学业压力'], source: 'direct', nextFollowUp: '2026-10-28' }),
  },
  'counseling.keycare.list': {
    roles: [...REVIEWERS], setup: seedCounseling, inScope: () => ({}), outOfScope: () => null,
    listProbe: (_f, who) => outside(who, ['kc-x1'], ['kc-c1', 'kc-x1'], ['kc-a1', 'kc-c1']),
  },
  'counseling.keycare.get': onRecord('kc'),
  'counseling.keycare.update': onRecord('kc', { nextFollowUp: '2026-10-30' }),
  'counseling.keycare.close': {
    ...onRecord('kc', { reason: '风险解除' }),
    answers: answer('站长先解除了同一条目：辅导员再解除时条目已不在“关注中”', 'STATE.INVALID_TRANSITION', ['counselorA']),
  },
  'counseling.keycare.refer': onRecord('kc', { to: 'hospital', date: '2026-10-21', party: '市精神卫生中心' }),
  'counseling.approval.list': {
    roles: ['head'], setup: seedCounseling, inScope: () => ({}), outOfScope: () => null, listProbe: (_f, who) => outside(who, ['ap-x1'], ['ap-x1'], ['ap-a1']),
  },
  'counseling.approval.decide': {
    roles: ['head'],
    setup: seedCounseling,
    inScope: () => ({ id: 'ap-a1', decision: 'reject' }),
    outOfScope: () => ({ id: 'ap-x1', decision: 'reject' }),
  },
  'counseling.referral.list': {
    // 只列转介到中心的个案：kc-c1、kc-x1 未转介
    roles: ['center'], setup: seedCounseling, inScope: () => ({}), outOfScope: () => null, listProbe: () => ['kc-c1', 'kc-x1'],
  },
  'counseling.referral.get': referral(),
  'counseling.referral.feedback': referral({ text: '已接诊' }),
  'counseling.week.overview': {
    roles: [...REVIEWERS], setup: seedCounseling, inScope: () => ({}), outOfScope: () => null,
    listProbe: (f, who) => outside(who,
      ['peer-x1', 'task-x1', 'kc-x1', f.otherClassId],
      ['peer-c1', 'peer-x1', 'task-c1', 'task-x1', 'kc-c1', 'kc-x1', f.otherClassId],
      ['peer-a1', 'peer-c1', 'task-a1', 'task-c1', 'kc-a1', 'kc-c1', f.classes.A]),
  },
}
