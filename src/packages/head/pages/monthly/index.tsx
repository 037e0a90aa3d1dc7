import { useRouter } from '@tarojs/taro'
import { MonthlyHead } from '@/features/reports'
import { RoleGate } from '@/shared/session'

/** 月报动态信息（站长）：?month=YYYY-MM 可选 */
export default function HeadMonthlyPage() {
  const month = useRouter().params.month
  return (
    <RoleGate role='head'>
      <MonthlyHead initialMonth={month && /^\d{4}-\d{2}$/.test(month) ? month : undefined} />
    </RoleGate>
  )
}
