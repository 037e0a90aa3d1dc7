import { useRouter } from '@tarojs/taro'
import { CenterYearWork } from '@/features/station'
import { RoleGate } from '@/shared/session'

/** 各站学年工作计划、工作总结与站长登记表（校心理中心）：?schoolYear=2026-2027 可选 */
export default function CenterStationYearPage() {
  const year = useRouter().params.schoolYear
  return (
    <RoleGate role='center'>
      <CenterYearWork initialYear={year && /^\d{4}-\d{4}$/.test(year) ? year : undefined} />
    </RoleGate>
  )
}
