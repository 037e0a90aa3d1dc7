import { RoleGate } from '@/shared/session'
import { AlertCreatePage } from '@/features/observations'

/** 即时报告 */
export default function ObserverAlertScreen() {
  return (
    <RoleGate role='observer'>
      <AlertCreatePage />
    </RoleGate>
  )
}
