import { useRouter } from '@tarojs/taro'
import { Empty, Page } from '@/components'
import { MonthlyCenterReport } from '@/features/reports'
import { RoleGate } from '@/shared/session'

/** 辅导站月报（校心理中心查看已提交的版本）：?stationId=…&month=YYYY-MM */
export default function CenterMonthlyReportPage() {
  const p = useRouter().params
  const stationId = p.stationId ? decodeURIComponent(p.stationId) : ''
  const month = p.month ?? ''
  return (
    <RoleGate role='center'>
      {stationId && /^\d{4}-\d{2}$/.test(month) ? <MonthlyCenterReport stationId={stationId} month={month} /> : <Page><Empty title='缺少辅导站或月份' /></Page>}
    </RoleGate>
  )
}
