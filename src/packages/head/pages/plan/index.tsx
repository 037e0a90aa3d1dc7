import { PlanHead } from '@/features/station'
import { RoleGate } from '@/features/session'

/** 学年工作计划（站长） */
export default function HeadPlanPage() {
  return (
    <RoleGate role='head'>
      <PlanHead />
    </RoleGate>
  )
}
