import { RoleGate } from '@/shared/session'
import { AlertsPage } from '@/features/observations'

/** 即时报告 */
export default function HeadAlertsScreen() {
  return (
    <RoleGate role='head'>
      <AlertsPage />
    </RoleGate>
  )
}
