import { RoleGate } from '@/shared/session'
import { SearchPage } from '@/features/observations'

/** 周报查询 */
export default function CounselorReportsScreen() {
  return (
    <RoleGate role='counselor'>
      <SearchPage role='counselor' />
    </RoleGate>
  )
}
