import { ROLE_LABELS } from '../../../types/domain'
import type { MyAssignment } from '../../services/api/identity'

/** 任职简称：站长 · 机电工程学院 */
export function assignmentLabel(a: Pick<MyAssignment, 'role' | 'stationName' | 'scopeLabel'>): string {
  return `${ROLE_LABELS[a.role]} · ${a.scopeLabel || a.stationName || ''}`.replace(/ · $/, '')
}
