/**
 * reports 函数的授权策略（格式见 ../authz-policy.ts）。夹具时钟为 2026-10-21，已结束的月份取 2026-09。
 * setup：站点 S 与 S2 各有一份 9 月月报，S 已提交（中心可读、可退回），S2 为草稿。
 */
import { aggregateMonth } from '../../../domain/monthly'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { CaseRow, MonthlyReportDoc } from '../../../types/models-reports'
import { insertAll, type Fixture } from '../../support/fixtures'
import { answer, type PolicyTable } from '../authz-policy'

const MONTH = '2026-09'

function report(f: Fixture, stationId: string, status: MonthlyReportDoc['status'], cases: CaseRow[] = []): MonthlyReportDoc {
  const sections = aggregateMonth({
    month: MONTH, generatedAt: f.now, terms: [], classes: [], dorms: [], weekly: [], concerns: [], alerts: [], keyCare: [],
    rollCalls: [], talks: [], caseTalks: [], peerTalks: [], studentNos: {},
  })
  const submitted = status !== 'draft'
  return {
    _id: `${stationId}:${MONTH}`, stationId, month: MONTH, status, sections, narrative: '', cases, draftedCaseKeys: [],
    generatedAt: f.now, generatedBy: 'system', rev: submitted ? 2 : 1, version: submitted ? 1 : 0,
    versions: submitted ? [{ version: 1, submittedAt: f.now, submittedBy: f.personIds.head, submittedByName: '孙站长', snapshot: { sections, narrative: '', cases } }] : [],
    ...(submitted ? { submittedAt: f.now, submittedBy: f.personIds.head } : {}),
    returns: [], createdAt: f.now, updatedAt: f.now,
  }
}

async function seed(f: Fixture, db: Parameters<NonNullable<PolicyTable[string]['setup']>>[1]) {
  await insertAll(db, COLLECTIONS.monthlyReports, [report(f, f.stationId, 'submitted'), report(f, f.otherStationId, 'draft')])
}

/** 同上，两份月报各有一名学生的个别情况（a1 在已提交的 S，x1 在 S2 的草稿） */
async function seedCases(f: Fixture, db: Parameters<NonNullable<PolicyTable[string]['setup']>>[1]) {
  const row = (k: 'a1' | 'x1'): CaseRow => {
    const s = f.studentDocs[k]
    return { studentId: s._id, studentNo: s.studentNo, studentName: s.name, className: '班级', situation: '情绪低落', measures: '谈话', effect: '好转', level: 'key', progress: '跟进中' }
  }
  await insertAll(db, COLLECTIONS.monthlyReports, [report(f, f.stationId, 'submitted', [row('a1')]), report(f, f.otherStationId, 'draft', [row('x1')])])
}
/** 中心的汇总与工作台只有各站的状态和数量：答复里不得有任何学生 */
const noStudents = (f: Fixture) => (['a1', 'x1'] as const).flatMap((k) => [f.students[k], f.studentDocs[k].name, f.studentDocs[k].studentNo])

/** 站长：本站（S）为范围内，S2 为范围外；中心：任一存在的站点为范围内，不存在的站点为“范围外” */
const target = (f: Fixture) => ({ month: MONTH, stationId: f.stationId })
const outside = (f: Fixture, who: string) => ({ month: MONTH, stationId: who === 'center' ? 'fx-station-none' : f.otherStationId })
const OWN = '站长的月报动作没有站点参数，只作用于本站的月报'
const SUBMITTED = answer('夹具中 9 月月报已提交（供 monthly.return 使用）：站长再生成、修改、提交答复 MONTHLY.ALREADY_SUBMITTED', 'MONTHLY.ALREADY_SUBMITTED', ['head'])

export const policy: PolicyTable = {
  'reports.monthly.get': { roles: ['head', 'center'], setup: seed, inScope: target, outOfScope: outside },
  'reports.monthly.export': { roles: ['head', 'center'], setup: seed, inScope: target, outOfScope: outside },
  'reports.monthly.generate': { roles: ['head'], setup: seed, inScope: () => ({ month: MONTH }), outOfScope: () => null, answers: SUBMITTED, unscoped: OWN },
  'reports.monthly.update': { roles: ['head'], setup: seed, inScope: () => ({ month: MONTH, narrative: '本月整体平稳' }), outOfScope: () => null, answers: SUBMITTED, unscoped: OWN },
  'reports.monthly.submit': { roles: ['head'], setup: seed, inScope: () => ({ month: MONTH }), outOfScope: () => null, answers: SUBMITTED, unscoped: OWN },
  'reports.monthly.return': {
    roles: ['center'],
    setup: seed,
    inScope: (f) => ({ ...target(f), comment: '请补充个别情况描述' }),
    outOfScope: (f, who) => ({ ...outside(f, who), comment: '请补充' }),
  },
  'reports.monthly.overview': { roles: ['center'], setup: seedCases, inScope: () => ({ month: MONTH }), outOfScope: () => null, listProbe: noStudents },
  'reports.workbench': { roles: ['center'], setup: seedCases, inScope: () => ({}), outOfScope: () => null, listProbe: noStudents },
}
