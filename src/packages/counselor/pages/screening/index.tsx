import { ScreeningCounselor } from '@/features/station'
import { RoleGate } from '@/shared/session'

/** 普测未参测学生（辅导员） */
export default function CounselorScreeningPage() {
  return (
    <RoleGate role='counselor'>
      <ScreeningCounselor />
    </RoleGate>
  )
}
