import { RoleGate } from '@/shared/session'
import { RoleWorkbench } from '@/features/shell/workbench'

/** 宿舍工作台：当前任职与本角色的全部功能 */
export default function ObserverIndexPage() {
  return (
    <RoleGate role='observer'>
      <RoleWorkbench role='observer' title='宿舍工作台' />
    </RoleGate>
  )
}
