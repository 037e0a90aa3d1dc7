/**
 * assessment 函数（考核手册）的授权策略（格式见 ../authz-policy.ts）。
 * 站长只作用于本站（无目标参数）；中心以 stationId 指定站点：存在且已提交的为范围内，不存在的站点为范围外。
 * setup：站点 S 的 2026-2027 手册已提交第 1 版（中心可读、评分、退回）。
 */
import { assessYear, DEFAULT_TABLE } from '../../../domain/assessment'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { BinderDoc } from '../../../types/models-assessment'
import { insertAll, type Fixture } from '../../support/fixtures'
import { notYourFile, type PolicyTable } from '../authz-policy'

type Db = Parameters<NonNullable<PolicyTable[string]['setup']>>[1]
const schoolYear = '2026-2027'

async function seedSubmitted(f: Fixture, db: Db) {
  // 一个没有任何记录的学年，按默认表评估后冻结
  const empty = assessYear({
    schoolYear, asOf: f.now, terms: [{ id: f.termId, name: '2026-2027学年第一学期', startDate: '2026-09-07', weeks: 18, weeksOff: [4], deadlineWeekday: 7, deadlineTime: '22:00' }],
    screenings: [], monthlyReports: [], alerts: [], followUps: [], classes: [], dorms: [], trainings: [], staff: [], staffTrainings: [], activities: [],
    talks: [], peerTalks: [], plan: { submittedAt: null }, summary: { submittedAt: null }, roleEnds: [], documents: [],
  }, DEFAULT_TABLE)
  const doc: BinderDoc = {
    _id: `${f.stationId}:${schoolYear}`, stationId: f.stationId, schoolYear, status: 'submitted', scores: {}, documents: {}, panel: {},
    version: 1, returns: [], createdAt: f.now, updatedAt: f.now,
    versions: [{
      version: 1, submittedAt: f.now, submittedBy: f.personIds.head, submittedByName: '孙站长', table: DEFAULT_TABLE,
      indicators: empty.indicators, suggestion: empty.suggestion, missing: empty.missing, scores: {}, documents: {},
    }],
  }
  await insertAll(db, COLLECTIONS.assessmentBinders, [doc])
}

const station = (f: Fixture) => ({ schoolYear, stationId: f.stationId })
const noStation = () => ({ schoolYear, stationId: 'station-none' })
const review = { itemId: 'policy', score: 5, comment: '材料齐全' }

export const policy: PolicyTable = {
  'assessment.binder.get': {
    roles: ['head', 'center'],
    inScope: (f, who) => (who === 'center' ? station(f) : { schoolYear }),
    outOfScope: (_f, who) => (who === 'center' ? noStation() : null),
    setup: seedSubmitted,
  },
  'assessment.binder.score': { roles: ['head'], inScope: () => ({ schoolYear, itemId: 'policy', score: 5, comment: '' }), outOfScope: () => null },
  'assessment.binder.note': { roles: ['head'], inScope: () => ({ schoolYear, slot: 'policy.rules', note: '制度汇编见附件' }), outOfScope: () => null },
  'assessment.binder.attach': { roles: ['head'], answers: notYourFile(['head', 'otherHead']), inScope: () => ({ schoolYear, slot: 'policy.rules', fileId: 'cloud://env/uploads/document/none/file.pdf' }), outOfScope: () => null },
  'assessment.binder.submit': { roles: ['head'], inScope: () => ({ schoolYear }), outOfScope: () => null },
  'assessment.binder.review': {
    roles: ['center'], inScope: (f) => ({ ...station(f), ...review }), outOfScope: () => ({ ...noStation(), ...review }), setup: seedSubmitted,
  },
  'assessment.binder.return': {
    roles: ['center'], inScope: (f) => ({ ...station(f), comment: '请补充材料' }), outOfScope: () => ({ ...noStation(), comment: '请补充材料' }), setup: seedSubmitted,
  },
  'assessment.binder.export': {
    roles: ['head', 'center'],
    inScope: (f, who) => (who === 'center' ? { ...station(f), format: 'xlsx' } : { schoolYear, format: 'docx' }),
    outOfScope: (_f, who) => (who === 'center' ? { ...noStation(), format: 'xlsx' } : null),
    setup: seedSubmitted,
  },
  'assessment.binder.compare': { roles: ['center'], inScope: () => ({ schoolYear }), outOfScope: () => null },
  'assessment.table.set': {
    roles: ['center'], inScope: () => ({ override: { id: '2027-2028', schoolYear: '2027-2028', params: { monthlyDeadlineDay: 6 } } }), outOfScope: () => null,
  },
}
