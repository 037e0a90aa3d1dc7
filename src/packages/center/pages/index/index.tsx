import { RoleGate } from '@/shared/session'
import { RoleWorkbench } from '@/features/shell/workbench'

/** 中心工作台：当前任职与本角色的全部功能 */
export default function CenterIndexPage() {
  return (
    <RoleGate role='center'>
      <RoleWorkbench role='center' title='中心工作台' />
    </RoleGate>
  )
}
