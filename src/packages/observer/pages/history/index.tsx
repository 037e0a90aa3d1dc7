import { RoleGate } from '@/shared/session'
import { HistoryPage } from '@/features/observations'

/** 历史周报 */
export default function ObserverHistoryScreen() {
  return (
    <RoleGate role='observer'>
      <HistoryPage role='observer' />
    </RoleGate>
  )
}
