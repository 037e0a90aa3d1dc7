import { RoleGate } from '@/shared/session'
import { SearchPage } from '@/features/observations'

/** 周报查询 */
export default function HeadReportsScreen() {
  return (
    <RoleGate role='head'>
      <SearchPage role='head' />
    </RoleGate>
  )
}
