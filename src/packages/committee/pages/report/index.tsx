import { RoleGate } from '@/shared/session'
import { ReportPage } from '@/features/observations'

/** 班级心理周报 */
export default function CommitteeReportScreen() {
  return (
    <RoleGate role='committee'>
      <ReportPage role='committee' />
    </RoleGate>
  )
}
