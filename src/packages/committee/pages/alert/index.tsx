import { RoleGate } from '@/shared/session'
import { AlertCreatePage } from '@/features/observations'

/** 即时报告 */
export default function CommitteeAlertScreen() {
  return (
    <RoleGate role='committee'>
      <AlertCreatePage />
    </RoleGate>
  )
}
