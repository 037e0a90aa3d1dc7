/** observations 函数的授权策略（格式见 ../authz-policy.ts）。夹具时钟为第 7 周周三。 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { AlertDoc, TalkTaskDoc, WeeklyReportDoc } from '../../../types/models-observations'
import { insertAll, type Fixture } from '../../support/fixtures'
import type { ActionPolicy, MatrixCaller, PolicyTable } from '../authz-policy'

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

type Db = Parameters<NonNullable<PolicyTable[string]['setup']>>[1]

async function seedReports(f: Fixture, db: Db) {
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

/** 即时报告：a1（counselorA 范围内）、c1（本站范围外）、x1（另一站点） */
async function seedAlerts(f: Fixture, db: Db) {
  const s = f.studentDocs
  await insertAll(db, COLLECTIONS.alerts, [alert(f, 'alert-a', f.stationId, s.a1), alert(f, 'alert-c', f.stationId, s.c1), alert(f, 'alert-x', f.otherStationId, s.x1)])
  return { a: 'alert-a', c: 'alert-c', x: 'alert-x' }
}

/** 谈话任务：同上三名学生 */
async function seedTasks(f: Fixture, db: Db) {
  const task = (k: 'a1' | 'c1' | 'x1'): TalkTaskDoc => {
    const s = f.studentDocs[k]
    return { _id: `task-${k}`, stationId: s.stationId, studentId: s._id, classId: s.classId, dormId: s.dormId, counselorIds: [], source: 'alert', sourceId: `alert-${k}`, createdAt: f.now, status: 'open' }
  }
  await insertAll(db, COLLECTIONS.talkTasks, [task('a1'), task('c1'), task('x1')])
}

/** 工作台读到的全部记录：周报、即时报告、谈话任务 */
async function seedDesk(f: Fixture, db: Db) {
  const [reports] = await Promise.all([seedReports(f, db), seedAlerts(f, db), seedTasks(f, db)])
  return reports
}

/**
 * 列表探针：站长 → 另一站点的；另一站点的站长 → 本站的；辅导员 → 本站范围外（班级 C、宿舍 B/C）与另一站点的；
 * 学生骨干 → 本单位以外的
 */
const probe = (who: MatrixCaller, x: { own: string[]; other: string[]; rest: string[] }) =>
  who === 'head' ? x.other : who === 'otherHead' ? [...x.own, ...x.rest] : [...x.rest, ...x.other]
const unitsProbe = (f: Fixture, who: MatrixCaller) => probe(who, {
  own: [f.classes.A], other: [f.otherClassId, f.otherDormId],
  rest: who === 'observerA' ? [f.classes.A, f.classes.C, f.dorms.C] : [f.classes.C, f.dorms.B, f.dorms.C],
})
/** 周报（seedReports 的 id）、即时报告、谈话任务 */
const recordsProbe = (_f: Fixture, who: MatrixCaller, ids: Record<string, string>) => probe(who, {
  own: [ids.a, 'alert-a', 'task-a1'], other: [ids.x, 'alert-x', 'task-x1'],
  rest: [ids.c, 'alert-c', 'task-c1', ...(who === 'observerA' ? [ids.a] : [])],
}).filter((id) => id !== undefined)
const reporterOf = (f: Fixture, who: MatrixCaller) => (who === 'head' ? [] : [f.personIds.committeeC, f.personIds.observerC])

/** 指定一条即时报告的动作（确认、时间线） */
const alertTarget: ActionPolicy = {
  roles: [...STAFF],
  setup: seedAlerts,
  inScope: (_f, _who, ids) => ({ alertId: ids.a }),
  outOfScope: (_f, who, ids) => ({ alertId: who === 'head' ? ids.x : ids.c }),
}

export const policy: PolicyTable = {
  'observations.week.current': {
    roles: [...STATION_ROLES], inScope: () => ({}), outOfScope: () => null,
    // 另一站点的学期；学生骨干只见本单位
    listProbe: (f, who) => [who === 'otherHead' ? f.termId : f.otherTermId, ...(who === 'committeeA' || who === 'observerA' ? unitsProbe(f, who) : [])],
  },
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
  'observations.report.history': {
    roles: [...REPORTERS], setup: seedReports, inScope: () => ({}), outOfScope: (f) => ({ termId: f.otherTermId }),
    listProbe: (f, who, ids) => recordsProbe(f, who, ids).filter((id) => id.includes(':')),
  },
  'observations.board.week': { roles: [...STAFF], setup: seedReports, inScope: () => ({}), outOfScope: () => null, listProbe: unitsProbe },
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
  'observations.report.search': {
    roles: [...STAFF], setup: seedReports, inScope: () => ({ week: 7 }), outOfScope: () => null,
    listProbe: (f, who, ids) => recordsProbe(f, who, ids).filter((id) => id.includes(':')),
  },
  'observations.alert.create': {
    roles: [...REPORTERS],
    inScope: (_f, who) => ({ description: '情绪失控', idempotencyKey: `matrix-${who}` }),
    outOfScope: () => null,
    unscoped: '范围外的学生是输入错误（INPUT.INVALID 指明 studentId），不是 NOT_FOUND；见 observations 测试',
  },
  'observations.alert.list': {
    roles: [...STAFF], setup: seedAlerts, inScope: () => ({}), outOfScope: () => null,
    listProbe: (f, who, ids) => recordsProbe(f, who, ids).filter((id) => id.startsWith('alert-')),
  },
  'observations.alert.ack': alertTarget,
  'observations.alert.timeline': alertTarget,
  'observations.tasks.list': {
    roles: [...STAFF], setup: seedTasks, inScope: () => ({}), outOfScope: () => null,
    listProbe: (f, who) => recordsProbe(f, who, {}).filter((id) => id.startsWith('task-')),
  },
  // 未报单位及其填报人：班级 C 的委员、宿舍 C 的观察员不在辅导员 A 的范围内
  'observations.missing.list': { roles: [...STAFF], inScope: () => ({}), outOfScope: () => null, listProbe: (f, who) => [...unitsProbe(f, who), ...reporterOf(f, who)] },
  'observations.remind': {
    roles: [...STAFF], inScope: () => ({}), outOfScope: () => null,
    unscoped: '只提醒调用者范围内的未报单位（给了范围外的单位被滤掉，答复只有数量）；同一范围由 missing.list 的探针检查',
  },
  'observations.workbench': {
    roles: [...STATION_ROLES], setup: seedDesk, inScope: () => ({}), outOfScope: () => null,
    listProbe: (f, who, ids) => [...recordsProbe(f, who, ids), ...unitsProbe(f, who)],
  },
}
