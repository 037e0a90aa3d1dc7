import { RoleGate } from '@/shared/session'
import { RoleWorkbench } from '@/features/shell/workbench'

/** 辅导员工作台：当前任职与本角色的全部功能 */
export default function CounselorIndexPage() {
  return (
    <RoleGate role='counselor'>
      <RoleWorkbench role='counselor' title='辅导员工作台' />
    </RoleGate>
  )
}
