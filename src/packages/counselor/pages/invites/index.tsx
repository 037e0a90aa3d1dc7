import { InvitesScreen } from '@/features/identity/InvitesScreen'
import { RoleGate } from '@/shared/session'

/** 邀请码：签发、列表、撤销 */
export default function CounselorInvitesPage() {
  return (
    <RoleGate role='counselor'>
      <InvitesScreen issuer='counselor' />
    </RoleGate>
  )
}
