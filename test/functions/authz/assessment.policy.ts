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

/** 同上，另有 S2 的一份草稿（自评过一项，从未提交） */
async function seedWithDraft(f: Fixture, db: Db) {
  await seedSubmitted(f, db)
  const draft: BinderDoc = {
    _id: `${f.otherStationId}:${schoolYear}`, stationId: f.otherStationId, schoolYear, status: 'draft', documents: {}, panel: {}, version: 0, returns: [], versions: [],
    scores: { policy: { score: 5, comment: '', at: f.now, by: f.personIds.otherHead } }, createdAt: f.now, updatedAt: f.now,
  }
  await insertAll(db, COLLECTIONS.assessmentBinders, [draft])
}

const OWN = '站长的手册动作没有站点参数，只作用于本站的手册'
const station = (f: Fixture) => ({ schoolYear, stationId: f.stationId })
const noStation = () => ({ schoolYear, stationId: 'station-none' })
const review = { itemId: 'policy', score: 5, comment: '材料齐全' }

export const policy: PolicyTable = {
  'assessment.binder.get': {
    roles: ['head', 'center'],
    inScope: (f, who) => (who === 'center' ? station(f) : { schoolYear }),
    outOfScope: (_f, who) => (who === 'center' ? noStation() : null),
    // 站长的手册没有站点参数：答复只能是本站的
    listProbe: (f, who) => [who === 'otherHead' ? f.stationId : f.otherStationId],
    setup: seedSubmitted,
  },
  'assessment.binder.score': { roles: ['head'], inScope: () => ({ schoolYear, itemId: 'policy', score: 5, comment: '' }), outOfScope: () => null, unscoped: OWN },
  'assessment.binder.note': { roles: ['head'], inScope: () => ({ schoolYear, slot: 'policy.rules', note: '制度汇编见附件' }), outOfScope: () => null, unscoped: OWN },
  'assessment.binder.attach': { roles: ['head'], answers: notYourFile(['head', 'otherHead']), inScope: () => ({ schoolYear, slot: 'policy.rules', fileId: 'cloud://env/uploads/document/none/file.pdf' }), outOfScope: () => null, unscoped: OWN },
  'assessment.binder.submit': { roles: ['head'], inScope: () => ({ schoolYear }), outOfScope: () => null, unscoped: OWN },
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
    unscoped: `${OWN}；答复只是临时链接，文件内容见 assessment 测试`,
    setup: seedSubmitted,
  },
  // 中心只比较已提交的手册：S2 的草稿不得出现
  'assessment.binder.compare': { roles: ['center'], setup: seedWithDraft, inScope: () => ({ schoolYear }), outOfScope: () => null, listProbe: () => ['"status":"draft"'] },
  'assessment.table.set': {
    roles: ['center'], inScope: () => ({ override: { id: '2027-2028', schoolYear: '2027-2028', params: { monthlyDeadlineDay: 6 } } }), outOfScope: () => null,
    unscoped: '考核表全校一份，不属于任何站点',
  },
}
