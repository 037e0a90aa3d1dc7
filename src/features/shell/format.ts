import { ROLE_LABELS } from '../../../types/domain'
import type { MyAssignment } from '../../services/api/identity'

/** “角色 · 地方”，地方与角色同名（校心理中心）或为空时只写一次 */
function joinRolePlace(role: MyAssignment['role'], place: string | null | undefined): string {
  const r = ROLE_LABELS[role]
  return place && place !== r ? `${r} · ${place}` : r
}

/** 任职简称：站长 · 机电工程学院；中心只写“校心理中心” */
export function assignmentLabel(a: Pick<MyAssignment, 'role' | 'stationName' | 'scopeLabel'>): string {
  return joinRolePlace(a.role, a.scopeLabel || a.stationName)
}

/** 页头副标题：辅导员 · 机电工程学院；中心只写“校心理中心” */
export function roleStationText(a: Pick<MyAssignment, 'role' | 'stationName'>): string {
  return joinRolePlace(a.role, a.stationName || (a.role === 'center' ? '' : undefined))
}
