import { SummaryHead } from '@/features/station'
import { RoleGate } from '@/shared/session'

/** 学年工作总结（站长） */
export default function HeadSummaryPage() {
  return (
    <RoleGate role='head'>
      <SummaryHead />
    </RoleGate>
  )
}
