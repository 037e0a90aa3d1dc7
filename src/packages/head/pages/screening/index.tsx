import { ScreeningHead } from '@/features/station'
import { RoleGate } from '@/shared/session'

/** 普测参测（站长） */
export default function HeadScreeningPage() {
  return (
    <RoleGate role='head'>
      <ScreeningHead />
    </RoleGate>
  )
}
