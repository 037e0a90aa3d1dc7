import { RoleGate } from '@/shared/session'
import { RoleWorkbench } from '@/features/shell/workbench'

/** 班级工作台：当前任职与本角色的全部功能 */
export default function CommitteeIndexPage() {
  return (
    <RoleGate role='committee'>
      <RoleWorkbench role='committee' title='班级工作台' />
    </RoleGate>
  )
}
