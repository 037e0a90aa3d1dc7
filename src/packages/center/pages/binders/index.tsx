import { useRouter } from '@tarojs/taro'
import { CenterCompare } from '@/features/assessment'
import { RoleGate } from '@/shared/session'

/** 考核比较（校心理中心）：各站自评分、中心评分、等级与名次 */
export default function CenterBindersPage() {
  const year = useRouter().params.schoolYear
  return (
    <RoleGate role='center'>
      <CenterCompare schoolYear={year} />
    </RoleGate>
  )
}
