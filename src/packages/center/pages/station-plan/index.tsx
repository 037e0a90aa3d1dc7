import { useRouter } from '@tarojs/taro'
import { Empty, Page } from '@/components'
import { CenterPlan } from '@/features/station'
import { RoleGate } from '@/shared/session'

/** 辅导站学年工作计划（校心理中心只看已提交的）：?stationId=…&schoolYear=2026-2027 */
export default function CenterStationPlanPage() {
  const p = useRouter().params
  const stationId = p.stationId ? decodeURIComponent(p.stationId) : ''
  const schoolYear = p.schoolYear ?? ''
  return (
    <RoleGate role='center'>
      {stationId && /^\d{4}-\d{4}$/.test(schoolYear) ? <CenterPlan stationId={stationId} schoolYear={schoolYear} /> : <Page><Empty title='缺少辅导站或学年' /></Page>}
    </RoleGate>
  )
}
