import { RoleGate } from '@/shared/session'
import { MissingPage } from '@/features/observations'

/** 未报提醒 */
export default function CounselorMissingScreen() {
  return (
    <RoleGate role='counselor'>
      <MissingPage />
    </RoleGate>
  )
}
