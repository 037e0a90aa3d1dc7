/**
 * reports 函数的授权策略（格式见 ../authz-policy.ts）。夹具时钟为 2026-10-21，已结束的月份取 2026-09。
 * setup：站点 S 与 S2 各有一份 9 月月报，S 已提交（中心可读、可退回），S2 为草稿。
 */
import { aggregateMonth } from '../../../domain/monthly'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { MonthlyReportDoc } from '../../../types/models-reports'
import { insertAll, type Fixture } from '../../support/fixtures'
import { answer, type PolicyTable } from '../authz-policy'

const MONTH = '2026-09'

function report(f: Fixture, stationId: string, status: MonthlyReportDoc['status']): MonthlyReportDoc {
  const sections = aggregateMonth({
    month: MONTH, generatedAt: f.now, terms: [], classes: [], dorms: [], weekly: [], concerns: [], alerts: [], keyCare: [],
    rollCalls: [], talks: [], caseTalks: [], peerTalks: [], studentNos: {},
  })
  const submitted = status !== 'draft'
  return {
    _id: `${stationId}:${MONTH}`, stationId, month: MONTH, status, sections, narrative: '', cases: [], draftedCaseKeys: [],
    generatedAt: f.now, generatedBy: 'system', rev: submitted ? 2 : 1, version: submitted ? 1 : 0,
    versions: submitted ? [{ version: 1, submittedAt: f.now, submittedBy: f.personIds.head, submittedByName: '孙站长', snapshot: { sections, narrative: '', cases: [] } }] : [],
    ...(submitted ? { submittedAt: f.now, submittedBy: f.personIds.head } : {}),
    returns: [], createdAt: f.now, updatedAt: f.now,
  }
}

async function seed(f: Fixture, db: Parameters<NonNullable<PolicyTable[string]['setup']>>[1]) {
  await insertAll(db, COLLECTIONS.monthlyReports, [report(f, f.stationId, 'submitted'), report(f, f.otherStationId, 'draft')])
}

/** 站长：本站（S）为范围内，S2 为范围外；中心：任一存在的站点为范围内，不存在的站点为“范围外” */
const target = (f: Fixture) => ({ month: MONTH, stationId: f.stationId })
const outside = (f: Fixture, who: string) => ({ month: MONTH, stationId: who === 'center' ? 'fx-station-none' : f.otherStationId })
const SUBMITTED = answer('夹具中 9 月月报已提交（供 monthly.return 使用）：站长再生成、修改、提交答复 MONTHLY.ALREADY_SUBMITTED', 'MONTHLY.ALREADY_SUBMITTED', ['head'])

export const policy: PolicyTable = {
  'reports.monthly.get': { roles: ['head', 'center'], setup: seed, inScope: target, outOfScope: outside },
  'reports.monthly.export': { roles: ['head', 'center'], setup: seed, inScope: target, outOfScope: outside },
  'reports.monthly.generate': { roles: ['head'], setup: seed, inScope: () => ({ month: MONTH }), outOfScope: () => null, answers: SUBMITTED },
  'reports.monthly.update': { roles: ['head'], setup: seed, inScope: () => ({ month: MONTH, narrative: '本月整体平稳' }), outOfScope: () => null, answers: SUBMITTED },
  'reports.monthly.submit': { roles: ['head'], setup: seed, inScope: () => ({ month: MONTH }), outOfScope: () => null, answers: SUBMITTED },
  'reports.monthly.return': {
    roles: ['center'],
    setup: seed,
    inScope: (f) => ({ ...target(f), comment: '请补充个别情况描述' }),
    outOfScope: (f, who) => ({ ...outside(f, who), comment: '请补充' }),
  },
  'reports.monthly.overview': { roles: ['center'], inScope: () => ({ month: MONTH }), outOfScope: () => null },
  'reports.workbench': { roles: ['center'], inScope: () => ({}), outOfScope: () => null },
}
