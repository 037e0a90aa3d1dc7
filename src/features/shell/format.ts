import { shanghaiDate } from '../../../domain/calendar'
import { ROLE_LABELS } from '../../../types/domain'
import type { MyAssignment } from '../../services/api/identity'

/** 任期文字：2026-09-01 至 2027-07-31 / 2026-09-01 起 */
export function termText(a: Pick<MyAssignment, 'termStart' | 'termEnd'>): string {
  const start = shanghaiDate(new Date(a.termStart))
  return a.termEnd ? `${start} 至 ${shanghaiDate(new Date(a.termEnd))}` : `${start} 起`
}

/** 任职简称：站长 · 机电工程学院 */
export function assignmentLabel(a: Pick<MyAssignment, 'role' | 'stationName' | 'scopeLabel'>): string {
  return `${ROLE_LABELS[a.role]} · ${a.scopeLabel || a.stationName || ''}`.replace(/ · $/, '')
}
