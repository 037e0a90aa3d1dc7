import { shanghaiDate } from '../../../../domain/calendar'
import type { MyAssignment } from '../../../services/api/identity'

/** 任期文字：2026-09-01 至 2027-07-31 / 2026-09-01 起（按北京时间） */
export function termText(a: Pick<MyAssignment, 'termStart' | 'termEnd'>): string {
  const start = shanghaiDate(new Date(a.termStart))
  return a.termEnd ? `${start} 至 ${shanghaiDate(new Date(a.termEnd))}` : `${start} 起`
}
