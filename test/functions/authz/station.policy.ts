/**
 * station 函数的授权策略（格式见 ../authz-policy.ts）。
 * setup：站点 S 与 S2 各有一份站长登记（S 的为范围内目标，S2 的为范围外目标）。
 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { StaffProfileDoc } from '../../../types/models-station'
import { insertAll, type Fixture } from '../../support/fixtures'
import type { PolicyTable } from '../authz-policy'

type Db = Parameters<NonNullable<PolicyTable[string]['setup']>>[1]

const profile = (f: Fixture, stationId: string, _id: string): StaffProfileDoc => ({
  _id, stationId, kind: 'head', employment: 'full_time', name: '孙站长', gender: '女', department: '', title: '', education: '', major: '',
  qualification: { kind: 'none' }, workHistory: [], trainings: [], createdAt: f.now, updatedAt: f.now, updatedBy: 'fx',
})
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
  'station.staff.norms.get': { roles: ['head', 'counselor', 'center'], inScope: () => ({}), outOfScope: () => null },
  'station.staff.norms.set': { roles: ['center'], inScope: () => ({ fullTimeHours: 40, partTimeHours: 20 }), outOfScope: () => null },
  'station.staff.register': { roles: ['head', 'center'], setup: seedStaff, inScope: station, outOfScope: otherStation },
}
