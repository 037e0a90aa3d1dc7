import { RoleGate } from '@/shared/session'
import { ReviewPage } from '@/features/observations'

/** 周报详情 */
export default function CounselorReportScreen() {
  return (
    <RoleGate role='counselor'>
      <ReviewPage />
    </RoleGate>
  )
}
