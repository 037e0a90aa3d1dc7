import { RoleGate } from '@/shared/session'
import { AlertsPage } from '@/features/observations'

/** 即时报告 */
export default function CounselorAlertsScreen() {
  return (
    <RoleGate role='counselor'>
      <AlertsPage />
    </RoleGate>
  )
}
