import { RoleGate } from '@/shared/session'
import { ReportPage } from '@/features/observations'

/** 宿舍心理周报 */
export default function ObserverReportScreen() {
  return (
    <RoleGate role='observer'>
      <ReportPage role='observer' />
    </RoleGate>
  )
}
