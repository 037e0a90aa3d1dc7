import { useRouter } from '@tarojs/taro'
import { MonthlyOverview } from '@/features/reports'
import { RoleGate } from '@/shared/session'

/** 月报总览（校心理中心）：?month=YYYY-MM 可选 */
export default function CenterMonthlyPage() {
  const month = useRouter().params.month
  return (
    <RoleGate role='center'>
      <MonthlyOverview initialMonth={month && /^\d{4}-\d{2}$/.test(month) ? month : undefined} />
    </RoleGate>
  )
}
