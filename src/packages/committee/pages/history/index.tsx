import { RoleGate } from '@/shared/session'
import { HistoryPage } from '@/features/observations'

/** 历史周报 */
export default function CommitteeHistoryScreen() {
  return (
    <RoleGate role='committee'>
      <HistoryPage role='committee' />
    </RoleGate>
  )
}
