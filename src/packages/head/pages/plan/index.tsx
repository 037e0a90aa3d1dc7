import { PlanHead } from '@/features/station'
import { RoleGate } from '@/shared/session'

/** 学年工作计划（站长） */
export default function HeadPlanPage() {
  return (
    <RoleGate role='head'>
      <PlanHead />
    </RoleGate>
  )
}
