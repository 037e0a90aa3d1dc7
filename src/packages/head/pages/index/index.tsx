import { RoleGate } from '@/shared/session'
import { RoleWorkbench } from '@/features/shell/workbench'

/** 辅导站工作台：当前任职与本角色的全部功能 */
export default function HeadIndexPage() {
  return (
    <RoleGate role='head'>
      <RoleWorkbench role='head' title='辅导站工作台' />
    </RoleGate>
  )
}
