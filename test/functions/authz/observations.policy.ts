/** observations 函数的授权策略（格式见 ../authz-policy.ts）。夹具时钟为第 7 周周三。 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { AlertDoc, WeeklyReportDoc } from '../../../types/models-observations'
import { insertAll, type Fixture } from '../../support/fixtures'
import type { MatrixCaller, PolicyTable } from '../authz-policy'

const REPORTERS = ['committee', 'observer'] as const
const STAFF = ['counselor', 'head'] as const
const STATION_ROLES = ['head', 'counselor', 'committee', 'observer'] as const

/** 调用者在范围内的单位（学生骨干 = 本单位；辅导员、站长 = 班级 A） */
const ownUnit = (f: Fixture, who: MatrixCaller) =>
  who === 'observerA' ? { kind: 'dorm' as const, unitId: f.dorms.A } : { kind: 'class' as const, unitId: f.classes.A }
/** 范围外的单位 */
const otherUnit = (f: Fixture, who: MatrixCaller) => {
  if (who === 'head') return { kind: 'class' as const, unitId: f.otherClassId }
  if (who === 'observerA') return { kind: 'dorm' as const, unitId: f.dorms.C }
  return { kind: 'class' as const, unitId: f.classes.C }
}

function report(f: Fixture, stationId: string, termId: string, classId: string): WeeklyReportDoc {
  const at = f.now
  return {
    _id: `${termId}:7:class:${classId}`, stationId, termId, week: 7, kind: 'class', unitId: classId, classId,
    reporterId: 'p', reporterName: '某同学', hasConcern: false, overall: '', majorEvents: '', concerns: [],
    concernLevels: [], concernCategories: [], studentIds: [],
    status: 'submitted', firstSubmittedAt: at, submittedAt: at, onTime: true, revision: 1,
    revisions: [{ revision: 1, submittedAt: at, idempotencyKey: 'seed-key-0001', hasConcern: false, overall: '', majorEvents: '', concerns: [] }],
  }
}

async function seedReports(f: Fixture, db: Parameters<NonNullable<PolicyTable[string]['setup']>>[1]) {
  const docs = [
    report(f, f.stationId, f.termId, f.classes.A),
    report(f, f.stationId, f.termId, f.classes.C),
    report(f, f.otherStationId, f.otherTermId, f.otherClassId),
  ]
  await insertAll(db, COLLECTIONS.weeklyReports, docs)
  return { a: docs[0]._id, c: docs[1]._id, x: docs[2]._id }
}

function alert(f: Fixture, id: string, stationId: string, s: { _id: string; classId: string; dormId: string; name: string }): AlertDoc {
  return {
    _id: id, stationId, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId, source: 'button',
    reporterId: 'p', level: 'crisis', description: '测试', createdAt: f.now, ackDeadline: new Date(f.now.getTime() + 1800_000),
    counselorIds: [], ackedAt: null, ackedBy: null, escalatedAt: null,
  }
}

export const policy: PolicyTable = {
  'observations.week.current': { roles: [...STATION_ROLES], inScope: () => ({}), outOfScope: () => null },
  'observations.report.get': {
    roles: [...STATION_ROLES],
    inScope: (f, who) => ({ week: 7, ...ownUnit(f, who) }),
    outOfScope: (f, who) => ({ week: 7, ...otherUnit(f, who) }),
  },
  'observations.report.submit': {
    roles: [...REPORTERS],
    inScope: (f, who) => ({ week: 7, ...ownUnit(f, who), idempotencyKey: `matrix-${who}`, hasConcern: false }),
    outOfScope: (f, who) => ({ week: 7, ...otherUnit(f, who), idempotencyKey: `matrix-out-${who}`, hasConcern: false }),
  },
  'observations.report.history': { roles: [...REPORTERS], inScope: () => ({}), outOfScope: () => null },
  'observations.board.week': { roles: [...STAFF], inScope: () => ({}), outOfScope: () => null },
  'observations.report.review': {
    roles: [...STAFF],
    setup: seedReports,
    inScope: (_f, _who, ids) => ({ reportId: ids.a, revision: 1 }),
    outOfScope: (_f, who, ids) => ({ reportId: who === 'head' ? ids.x : ids.c, revision: 1 }),
  },
  'observations.report.return': {
    roles: [...STAFF],
    setup: seedReports,
    inScope: (_f, _who, ids) => ({ reportId: ids.a, revision: 1, comment: '请补充' }),
    outOfScope: (_f, who, ids) => ({ reportId: who === 'head' ? ids.x : ids.c, revision: 1, comment: '请补充' }),
  },
  'observations.report.search': { roles: [...STAFF], inScope: () => ({ week: 7 }), outOfScope: () => null },
  'observations.alert.create': {
    roles: [...REPORTERS],
    inScope: (_f, who) => ({ description: '情绪失控', idempotencyKey: `matrix-${who}` }),
    // 范围外的学生是输入错误（INPUT.INVALID 指明 studentId），不是 NOT_FOUND；见 observations 测试
    outOfScope: () => null,
  },
  'observations.alert.list': { roles: [...STAFF], inScope: () => ({}), outOfScope: () => null },
  'observations.alert.ack': {
    roles: [...STAFF],
    setup: async (f, db) => {
      const s = f.studentDocs
      const docs = [
        alert(f, 'alert-a', f.stationId, s.a1),
        alert(f, 'alert-c', f.stationId, s.c1),
        alert(f, 'alert-x', f.otherStationId, s.x1),
      ]
      await insertAll(db, COLLECTIONS.alerts, docs)
      return { a: 'alert-a', c: 'alert-c', x: 'alert-x' }
    },
    inScope: (_f, _who, ids) => ({ alertId: ids.a }),
    outOfScope: (_f, who, ids) => ({ alertId: who === 'head' ? ids.x : ids.c }),
  },
  'observations.alert.timeline': {
    roles: [...STAFF],
    setup: async (f, db) => {
      const s = f.studentDocs
      const docs = [
        alert(f, 'alert-a', f.stationId, s.a1),
        alert(f, 'alert-c', f.stationId, s.c1),
        alert(f, 'alert-x', f.otherStationId, s.x1),
      ]
      await insertAll(db, COLLECTIONS.alerts, docs)
      return { a: 'alert-a', c: 'alert-c', x: 'alert-x' }
    },
    inScope: (_f, _who, ids) => ({ alertId: ids.a }),
    outOfScope: (_f, who, ids) => ({ alertId: who === 'head' ? ids.x : ids.c }),
  },
  'observations.tasks.list': { roles: [...STAFF], inScope: () => ({}), outOfScope: () => null },
  'observations.missing.list': { roles: [...STAFF], inScope: () => ({}), outOfScope: () => null },
  'observations.remind': { roles: [...STAFF], inScope: () => ({}), outOfScope: () => null },
  'observations.workbench': { roles: ['committee', 'observer', 'counselor', 'head'], inScope: () => ({}), outOfScope: () => null },
}
