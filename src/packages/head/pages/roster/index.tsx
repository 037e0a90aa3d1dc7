import { Page } from '@/components'
import { RosterImport } from '@/features/org/RosterImport'
import { RoleGate } from '@/shared/session'
import { titleOf } from '@/shared/navigation'

/** 名册导入 */
export default function HeadRosterPage() {
  return (
    <RoleGate role='head'>
      <Page title={titleOf('head', 'roster')} subtitle='整份校验：有任何错误都不会导入，按提示修改后重新上传'>
        <RosterImport />
      </Page>
    </RoleGate>
  )
}
