/** ledger 函数的授权策略（格式见 ../authz-policy.ts） */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { Database } from '../../../cloudfunctions/_lib/sdk'
import type { DormVisitDoc, TrainingAudience, TrainingDoc } from '../../../types/models-ledger'
import { insertAll, type Fixture } from '../../support/fixtures'
import { answer, type MatrixCaller, type PolicyTable } from '../authz-policy'

/** 夹具时刻 2026-10-21 12:00 落在签到窗口内的培训 */
function training(id: string, stationId: string, createdBy: string, audience: TrainingAudience, extra: Partial<TrainingDoc> = {}): TrainingDoc {
  return {
    _id: id, stationId, title: '培训', date: '2026-10-21', startTime: '11:30', endTime: '13:00',
    startsAt: new Date('2026-10-21T03:30:00Z'), endsAt: new Date('2026-10-21T05:00:00Z'), hours: 1.5, trainer: '讲师',
    organiser: 'station', place: '报告厅', form: 'offline', audience, secret: `secret-${id}`, createdBy, createdByName: '组织者',
    createdAt: new Date('2026-10-01T00:00:00Z'), ...extra,
  }
}

async function seedTrainings(f: Fixture, db: Database): Promise<void> {
  const cadres = (roles: Array<'committee' | 'observer'>): TrainingAudience => ({ kind: 'cadres', roles, grades: ['2023级'] })
  await insertAll(db, COLLECTIONS.trainings, [
    training('tr-S', f.stationId, f.personIds.head, cadres(['committee'])),
    training('tr-S-obs', f.stationId, f.personIds.head, cadres(['observer'])),
    training('tr-S-cA', f.stationId, f.personIds.counselorA, cadres(['committee']), { unitScope: { classIds: [f.classes.A, f.classes.B], dormIds: [f.dorms.A] } }),
    training('tr-S-staff', f.stationId, f.personIds.head, { kind: 'staff', personIds: [f.personIds.head, f.personIds.counselorA] }),
    training('tr-S2', f.otherStationId, f.personIds.otherHead, { kind: 'staff', personIds: [f.personIds.otherHead] }),
  ])
}

/** 每类调用者可读（应到或组织）的一场培训 */
const readable = (who: MatrixCaller): string =>
  ({ committeeA: 'tr-S', observerA: 'tr-S-obs', counselorA: 'tr-S-cA' } as Record<string, string>)[who] ?? 'tr-S'
/** 每类调用者应到的一场培训（签到） */
const expectedAt = (who: MatrixCaller): string =>
  ({ committeeA: 'tr-S', observerA: 'tr-S-obs', counselorA: 'tr-S-staff' } as Record<string, string>)[who] ?? 'tr-S-staff'
const managed = (who: MatrixCaller): string => (who === 'counselorA' ? 'tr-S-cA' : 'tr-S')
const TRAININGS = ['tr-S', 'tr-S-obs', 'tr-S-cA', 'tr-S-staff', 'tr-S2']
/** 每类调用者在培训列表里应看到的（其余为范围外） */
const TRAININGS_SEEN: Partial<Record<MatrixCaller, string[]>> = {
  head: ['tr-S', 'tr-S-obs', 'tr-S-cA', 'tr-S-staff'], counselorA: ['tr-S-cA', 'tr-S-staff'], committeeA: ['tr-S', 'tr-S-cA'], observerA: ['tr-S-obs'],
}
/** 按学期的台账：本站学期为范围内（另一站的站长用它 → NOT_FOUND），另一站的学期为范围外 */
const inTerm = (f: Fixture) => ({ termId: f.termId })
const otherTerm = (f: Fixture) => ({ termId: f.otherTermId })

/** 深入宿舍：辅导员 A（宿舍 A，关注 a1）、辅导员 B（宿舍 C，关注 c1），另一站一条（x1） */
async function seedVisits(f: Fixture, db: Database): Promise<void> {
  const visit = (id: string, counselor: 'counselorA' | 'counselorB' | 'otherHead', k: 'a1' | 'c1' | 'x1'): DormVisitDoc => {
    const s = f.studentDocs[k]
    return {
      _id: id, stationId: s.stationId, dormId: s.dormId, dormName: '宿舍', counselorId: f.personIds[counselor], counselorName: '老师', date: '2026-10-20',
      findings: '整洁', concerns: [{ studentId: s._id, studentName: s.name, follow: 'concern', level: 'general', note: '情绪低落' }], studentIds: [s._id], classIds: [s.classId], createdAt: f.now,
    }
  }
  await insertAll(db, COLLECTIONS.dormVisits, [visit('visit-S-cA', 'counselorA', 'a1'), visit('visit-S-cB', 'counselorB', 'c1'), visit('visit-S2', 'otherHead', 'x1')])
}

const trainingInput = {
  title: '心理委员培训', date: '2026-10-28', startTime: '14:00', endTime: '16:00', hours: 2, trainer: '讲师', organiser: 'station',
  place: '报告厅', form: 'offline', audience: { kind: 'cadres', roles: ['committee'], grades: ['2023级'] },
}

export const policy: PolicyTable = {
  'ledger.training.create': {
    roles: ['counselor', 'head'], inScope: () => trainingInput, outOfScope: () => null,
    unscoped: '在调用者本站建一场培训（辅导员的培训对象限于所带单位，见 ledger 测试）',
    answers: answer('另一站的站长：样例的年级在那个站没有应到人员', 'TRAINING.NO_ATTENDEES', ['otherHead']),
  },
  'ledger.training.list': {
    roles: ['committee', 'observer', 'counselor', 'head'], setup: seedTrainings, inScope: inTerm, outOfScope: otherTerm,
    // 可管理的，或本人在应到名单中的
    listProbe: (_f, who) => TRAININGS.filter((id) => !(TRAININGS_SEEN[who] ?? []).includes(id)),
  },
  'ledger.training.get': {
    roles: ['committee', 'observer', 'counselor', 'head'],
    setup: seedTrainings,
    inScope: (_f, who) => ({ id: readable(who) }),
    outOfScope: () => ({ id: 'tr-S2' }),
  },
  'ledger.training.code': {
    roles: ['counselor', 'head'],
    setup: seedTrainings,
    inScope: (_f, who) => ({ id: managed(who) }),
    outOfScope: () => ({ id: 'tr-S2' }),
  },
  'ledger.training.signIn': {
    answers: answer('样例负载里的签到码不是当前分钟的码：到达校验码这一步即说明访问被允许', 'TRAINING.CODE_WRONG', ['head', 'counselorA', 'committeeA', 'observerA']),
    roles: ['committee', 'observer', 'counselor', 'head'],
    setup: seedTrainings,
    inScope: (_f, who) => ({ id: expectedAt(who), code: 'WRONG1' }),
    outOfScope: () => ({ id: 'tr-S2', code: 'WRONG1' }),
  },
  'ledger.training.mark': {
    roles: ['counselor', 'head'],
    setup: seedTrainings,
    inScope: (f, who) => ({ id: managed(who), personId: f.personIds.committeeA, status: 'present' }),
    outOfScope: (f) => ({ id: 'tr-S2', personId: f.personIds.otherHead, status: 'present' }),
  },
  'ledger.training.coverage': {
    roles: ['head'], setup: seedTrainings, inScope: () => ({}), outOfScope: () => null,
    // 覆盖表列出本站的学生骨干：另一站的站长不得看到本站的委员、观察员
    listProbe: (f, who) => (who === 'otherHead' ? [f.personIds.committeeA, f.personIds.committeeC, f.personIds.observerA, f.personIds.observerC] : [f.personIds.otherHead]),
  },
  'ledger.training.history': {
    roles: ['committee', 'observer', 'counselor', 'head'],
    inScope: (f, who) => (who === 'head' ? { personId: f.personIds.committeeA } : {}),
    outOfScope: (f) => ({ personId: f.personIds.otherHead }),
  },
}

const visitInput = (dormId: string) => ({ dormId, date: '2026-10-20', findings: '整洁', concerns: [] })
Object.assign(policy, {
  'ledger.visit.create': {
    roles: ['counselor'],
    inScope: (f: Fixture) => visitInput(f.dorms.A),
    outOfScope: (f: Fixture) => visitInput(f.dorms.C),
  },
  'ledger.visit.list': {
    roles: ['counselor', 'head'], setup: seedVisits, inScope: () => ({}), outOfScope: () => null,
    // 站长看本站全部；辅导员只看自己走访的
    listProbe: (f, who) => ({ head: ['visit-S2'], counselorA: ['visit-S-cB', 'visit-S2', f.students.c1] } as Record<string, string[]>)[who] ?? [],
  },
  'ledger.visit.coverage': {
    roles: ['counselor', 'head'], setup: seedVisits, inScope: () => ({ month: '2026-10' }), outOfScope: () => null,
    // 辅导员只看自己的一行；另一站（没有辅导员）看不到本站的辅导员
    listProbe: (f, who) => (who === 'counselorA' ? [f.personIds.counselorB, f.dorms.B, f.dorms.C] : who === 'otherHead' ? [f.personIds.counselorA, f.personIds.counselorB] : [f.otherDormId]),
  },
} satisfies PolicyTable)

async function seedCases(f: Fixture, db: Database): Promise<void> {
  const kc = (k: 'a1' | 'c1' | 'x1') => {
    const s = f.studentDocs[k]
    return {
      _id: `kc-${k}`, stationId: s.stationId, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId, level: 'key',
      categories: ['情绪异常'], enteredAt: '2026-10-01', source: 'direct', counselorId: f.personIds.counselorA, counselorName: '钱老师',
      nextFollowUp: '2026-10-28', status: 'active', history: [], centerFeedback: [], createdAt: f.now, updatedAt: f.now,
    }
  }
  const review = (id: string, k: 'a1' | 'c1' | 'x1') => {
    const s = f.studentDocs[k]
    return {
      _id: id, stationId: s.stationId, date: '2026-10-20', attendees: ['站长'], createdBy: 'p', createdByName: '站长', createdAt: f.now,
      items: [{ keyCareId: `kc-${k}`, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId, decision: 'keep', note: '', outcome: 'kept' }],
      studentIds: [s._id], classIds: [s.classId], dormIds: [s.dormId],
    }
  }
  await insertAll(db, COLLECTIONS.keyCare, [kc('a1'), kc('c1'), kc('x1')])
  await insertAll(db, COLLECTIONS.caseReviews, [review('cr-S', 'a1'), review('cr-S-c1', 'c1'), review('cr-S2', 'x1')])
}

const caseInput = (studentId: string) => ({ date: '2026-10-21', attendees: ['站长'], items: [{ studentId, decision: 'keep', note: '' }] })
Object.assign(policy, {
  'ledger.caseReview.create': {
    roles: ['counselor', 'head'],
    setup: seedCases,
    inScope: (f: Fixture) => caseInput(f.students.a1),
    outOfScope: (f: Fixture, who: MatrixCaller) => caseInput(who === 'head' ? f.students.x1 : f.students.c1),
  },
  'ledger.caseReview.list': {
    roles: ['counselor', 'head'], setup: seedCases, inScope: () => ({}), outOfScope: () => null,
    // 辅导员只见讨论到其所带学生的研判会
    listProbe: (_f, who) => ({ head: ['cr-S2'], counselorA: ['cr-S-c1', 'cr-S2'] } as Record<string, string[]>)[who] ?? ['cr-S', 'cr-S-c1'],
  },
  'ledger.caseReview.get': {
    roles: ['counselor', 'head'],
    setup: seedCases,
    inScope: () => ({ id: 'cr-S' }),
    outOfScope: () => ({ id: 'cr-S2' }),
  },
} satisfies PolicyTable)

async function seedActivities(f: Fixture, db: Database): Promise<void> {
  const act = (id: string, stationId: string, createdBy: string) => ({
    _id: id, stationId, type: 'theme', title: '活动', theme: '主题', audience: '全院', date: '2026-10-20', place: '广场', stage: 'planned',
    createdBy, createdByName: '组织者', createdAt: f.now, updatedAt: f.now,
  })
  await insertAll(db, COLLECTIONS.activities, [
    act('act-S', f.stationId, f.personIds.head), act('act-S-cA', f.stationId, f.personIds.counselorA), act('act-S2', f.otherStationId, f.personIds.otherHead),
  ])
}
const ownActivity = (who: MatrixCaller) => (who === 'counselorA' ? 'act-S-cA' : 'act-S')
const activityTarget = (payload: (id: string) => object) => ({
  roles: ['counselor', 'head'] as Array<'counselor' | 'head'>,
  setup: seedActivities,
  inScope: (_f: Fixture, who: MatrixCaller) => payload(ownActivity(who)),
  outOfScope: () => payload('act-S2'),
})
Object.assign(policy, {
  'ledger.activity.create': {
    roles: ['counselor', 'head'],
    inScope: () => ({ type: 'theme', title: '活动', theme: '主题', audience: '全院', date: '2026-10-20', place: '广场' }),
    outOfScope: () => null,
    unscoped: '在调用者本站建一项活动',
  },
  'ledger.activity.list': {
    roles: ['counselor', 'head'], setup: seedActivities, inScope: inTerm, outOfScope: otherTerm,
    // 站长看本站全部；辅导员只看自己创建的
    listProbe: (_f, who) => (who === 'counselorA' ? ['act-S', 'act-S2'] : ['act-S2']),
  },
  'ledger.activity.get': activityTarget((id) => ({ id })),
  'ledger.activity.hold': activityTarget((id) => ({ id, participants: 10, photoIds: [] })),
  'ledger.activity.summarise': {
    ...activityTarget((id) => ({ id, summary: '总结', effect: '效果' })),
    answers: answer('样例活动仍是“计划”：总结前须先开展（阶段只能前进）', 'STATE.INVALID_TRANSITION', ['head', 'counselorA']),
  },
  'ledger.activity.stats': { roles: ['head'], setup: seedActivities, inScope: inTerm, outOfScope: otherTerm },
} satisfies PolicyTable)

Object.assign(policy, {
  // 中心只看各站数量：答复里不得有任何学生
  'ledger.counts': {
    roles: ['center'], setup: async (f, db) => { await Promise.all([seedCases(f, db), seedVisits(f, db)]) }, inScope: () => ({}), outOfScope: () => null,
    listProbe: (f) => (['a1', 'c1', 'x1'] as const).flatMap((k) => [f.students[k], f.studentDocs[k].name]),
  },
} satisfies PolicyTable)
