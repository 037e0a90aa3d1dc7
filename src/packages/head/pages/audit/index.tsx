import { Page } from '@/components'
import { AuditLog } from '@/features/org/AuditLog'
import { RoleGate } from '@/shared/session'
import { titleOf } from '@/shared/navigation'

/** 审计日志 */
export default function HeadAuditPage() {
  return (
    <RoleGate role='head'>
      <Page title={titleOf('head', 'audit')} subtitle='每次查看、导出学生信息和每次角色、名册变更都有记录'>
        <AuditLog />
      </Page>
    </RoleGate>
  )
}
