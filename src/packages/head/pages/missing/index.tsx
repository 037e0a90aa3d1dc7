import { RoleGate } from '@/shared/session'
import { MissingPage } from '@/features/observations'

/** 未报提醒 */
export default function HeadMissingScreen() {
  return (
    <RoleGate role='head'>
      <MissingPage />
    </RoleGate>
  )
}
