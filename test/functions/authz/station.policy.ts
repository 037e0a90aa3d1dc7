/**
 * station 函数的授权策略（格式见 ../authz-policy.ts）。
 * setup：站点 S 与 S2 各有一份站长登记（S 的为范围内目标，S2 的为范围外目标）。
 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { StaffProfileDoc } from '../../../types/models-station'
import { insertAll, type Fixture } from '../../support/fixtures'
import { answer, notYourFile, type PolicyTable } from '../authz-policy'

type Db = Parameters<NonNullable<PolicyTable[string]['setup']>>[1]

const profile = (f: Fixture, stationId: string, _id: string): StaffProfileDoc => ({
  _id, stationId, kind: 'head', employment: 'full_time', name: '孙站长', gender: '女', department: '', title: '', education: '', major: '',
  qualification: { kind: 'none' }, workHistory: [], trainings: [], createdAt: f.now, updatedAt: f.now, updatedBy: 'fx',
})
async function seedPlans(f: Fixture, db: Db) {
  const plan = (stationId: string) => ({
    _id: `${stationId}:2026-2027`, stationId, schoolYear: '2026-2027', status: 'draft', createdAt: f.now, updatedAt: f.now,
    items: [{ id: stationId === f.stationId ? 'item-1' : 'item-2', what: '新生心理委员培训', month: '2026-09', who: '孙站长', assessmentItemId: 'peer', links: [] }],
  })
  await insertAll(db, COLLECTIONS.workPlans, [plan(f.stationId), plan(f.otherStationId)])
}
/** 2025-2026 学年的总结：S 已提交第 1 版（中心可读、可退回），S2 为草稿 */
async function seedSummaries(f: Fixture, db: Db) {
  const figures = {
    weeklyReports: 0, concerns: 0, monthly: { due: 0, submitted: 0, onTime: 0 },
    alerts: { total: 0, decided: 0, withinLimit: 0, share: null, medianMinutes: null },
    talks: 0, peerTalks: { confirmed: 0, pending: 0 }, trainings: 0, activities: 0, screenings: [],
  }
  const content = { planRows: [], figures, text: { overview: '', achievements: '', problems: '', nextYear: '' } }
  const doc = (stationId: string, submitted: boolean) => ({
    _id: `${stationId}:2025-2026`, stationId, schoolYear: '2025-2026', status: submitted ? 'submitted' : 'draft', content, rev: 2,
    version: submitted ? 1 : 0, returns: [], generatedAt: f.now, createdAt: f.now, updatedAt: f.now,
    versions: submitted ? [{ version: 1, submittedAt: f.now, submittedBy: f.personIds.head, submittedByName: '孙站长', snapshot: content }] : [],
  })
  await insertAll(db, COLLECTIONS.workSummaries, [doc(f.stationId, true), doc(f.otherStationId, false)])
}
const year = { schoolYear: '2025-2026' }
const OWN = '站长的这个动作没有站点参数，只作用于本站'
const NORMS = '人员配备标准全校一份，不属于任何站点'
const SUMMARY_SUBMITTED = answer('样例总结已提交：已提交的不能再改、再交', 'SUMMARY.ALREADY_SUBMITTED', ['head'])

/** 普测轮次：S 与 S2 各一轮；S 轮中 a4 未参测 */
async function seedRounds(f: Fixture, db: Db) {
  const round = (stationId: string, _id: string) => ({
    _id, stationId, name: '2023级普测', targetGrades: ['2023级'], startDate: '2026-10-08', endDate: '2026-10-30', flaggedTiers: [],
    createdAt: f.now, updatedAt: f.now, createdBy: 'fx',
  })
  await insertAll(db, COLLECTIONS.screeningRounds, [round(f.stationId, 'round-S'), round(f.otherStationId, 'round-S2')])
  const a4 = f.studentDocs.a4
  await insertAll(db, COLLECTIONS.screeningParticipants, [{
    _id: `round-S:${a4._id}`, roundId: 'round-S', stationId: f.stationId, studentId: a4._id, studentNo: a4.studentNo, studentName: a4.name,
    classId: a4.classId, dormId: a4.dormId, eligible: true, tookPart: false, madeUp: false, updatedAt: f.now,
  }])
}
const inRound = { roundId: 'round-S' }
const otherRound = (_f: Fixture, who: string) => ({ roundId: who === 'center' ? 'round-none' : 'round-S2' })
async function seedStaff(f: Fixture, db: Db) {
  await insertAll(db, COLLECTIONS.staffProfiles, [profile(f, f.stationId, 'staff-S'), profile(f, f.otherStationId, 'staff-S2')])
}

/** 站长与辅导员：本站为范围内、S2 为范围外；中心：存在的站点为范围内，不存在的站点为“范围外” */
const station = (f: Fixture) => ({ stationId: f.stationId })
const otherStation = (f: Fixture, who: string) => ({ stationId: who === 'center' ? 'fx-station-none' : f.otherStationId })
const save = (profileId: string) => ({
  profileId, kind: 'head', employment: 'full_time', name: '孙站长', gender: '女', department: '机电工程学院', title: '副书记',
  education: '硕士', major: '心理学', qualification: { kind: 'none' },
})

export const policy: PolicyTable = {
  'station.staff.list': { roles: ['head', 'counselor', 'center'], setup: seedStaff, inScope: station, outOfScope: otherStation },
  'station.staff.save': { roles: ['head'], setup: seedStaff, inScope: () => save('staff-S'), outOfScope: () => save('staff-S2') },
  'station.staff.remove': { roles: ['head'], setup: seedStaff, inScope: () => ({ profileId: 'staff-S' }), outOfScope: () => ({ profileId: 'staff-S2' }) },
  'station.staff.norms.get': { roles: ['head', 'counselor', 'center'], inScope: () => ({}), outOfScope: () => null, unscoped: NORMS },
  'station.staff.norms.set': { roles: ['center'], inScope: () => ({ fullTimeHours: 40, partTimeHours: 20 }), outOfScope: () => null, unscoped: NORMS },
  'station.staff.register': { roles: ['head', 'center'], setup: seedStaff, inScope: station, outOfScope: otherStation },
  'station.plan.get': { roles: ['head', 'counselor', 'center'], setup: seedPlans, inScope: station, outOfScope: otherStation },
  'station.plan.save': {
    roles: ['head'], setup: seedPlans, outOfScope: () => null, unscoped: OWN,
    inScope: () => ({ schoolYear: '2026-2027', items: [{ what: '普测', month: '2026-10', who: '孙站长', assessmentItemId: 'crisis' }] }),
  },
  'station.plan.link': {
    roles: ['head'], setup: seedPlans, inScope: () => ({ schoolYear: '2026-2027', itemId: 'item-1', links: [] }),
    outOfScope: () => ({ schoolYear: '2027-2028', itemId: 'item-1', links: [] }),
  },
  'station.summary.get': {
    roles: ['head', 'center'], setup: seedSummaries, inScope: (f) => ({ ...year, ...station(f) }), outOfScope: (f, who) => ({ ...year, ...otherStation(f, who) }),
  },
  'station.summary.export': {
    roles: ['head', 'center'], setup: seedSummaries, inScope: (f) => ({ ...year, ...station(f) }), outOfScope: (f, who) => ({ ...year, ...otherStation(f, who) }),
  },
  'station.summary.return': {
    roles: ['center'], setup: seedSummaries, inScope: (f) => ({ ...year, ...station(f), comment: '请补充' }),
    outOfScope: (f, who) => ({ ...year, ...otherStation(f, who), comment: '请补充' }),
  },
  'station.summary.draft': { roles: ['head'], setup: seedSummaries, inScope: () => ({ schoolYear: '2024-2025' }), outOfScope: () => null, unscoped: OWN },
  'station.summary.update': { roles: ['head'], setup: seedSummaries, inScope: () => ({ ...year, rev: 2, text: { overview: '平稳' } }), outOfScope: () => null, answers: SUMMARY_SUBMITTED, unscoped: OWN },
  'station.summary.submit': { roles: ['head'], setup: seedSummaries, inScope: () => year, outOfScope: () => null, answers: SUMMARY_SUBMITTED, unscoped: OWN },
  'station.screening.create': {
    roles: ['head'], inScope: () => ({ name: '2026级普测', targetGrades: ['2026级'], startDate: '2026-10-08', endDate: '2026-10-30' }), outOfScope: () => null, unscoped: OWN,
  },
  'station.screening.list': { roles: ['head', 'counselor', 'center'], setup: seedRounds, inScope: station, outOfScope: otherStation },
  'station.screening.get': { roles: ['head', 'counselor', 'center'], setup: seedRounds, inScope: () => inRound, outOfScope: otherRound },
  'station.screening.gaps': { roles: ['head', 'counselor'], setup: seedRounds, inScope: () => inRound, outOfScope: otherRound },
  'station.screening.import': {
    answers: notYourFile(['head']),
    roles: ['head'], setup: seedRounds,
    inScope: () => ({ ...inRound, fileID: 'cloud://env/uploads/screening/none/file.csv' }),
    outOfScope: () => ({ roundId: 'round-S2', fileID: 'cloud://env/uploads/screening/none/file.csv' }),
  },
  'station.screening.mark': {
    roles: ['head', 'counselor'], setup: seedRounds,
    inScope: (f) => ({ ...inRound, studentId: f.students.a4, mark: 'reason', reason: 'sick' }),
    outOfScope: (f, who) => (who === 'head' ? { roundId: 'round-S2', studentId: f.students.a4, mark: 'done' } : { ...inRound, studentId: f.students.c1, mark: 'done' }),
  },
  'station.plan.submit': { roles: ['head'], setup: seedPlans, inScope: () => ({ schoolYear: '2026-2027' }), outOfScope: () => null, unscoped: OWN },
}
