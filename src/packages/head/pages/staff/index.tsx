import { StaffRegister } from '@/features/station'
import { RoleGate } from '@/shared/session'

/** 人员登记与站长登记表（站长） */
export default function HeadStaffPage() {
  return (
    <RoleGate role='head'>
      <StaffRegister />
    </RoleGate>
  )
}
