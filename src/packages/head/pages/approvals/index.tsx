import { Page } from '@/components'
import { ApprovalList } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 审批 */
export default function HeadApprovalsPage() {
  return (
    <RoleGate role='head'>
      <Page className='xq-cn-page'>
        <ApprovalList />
      </Page>
    </RoleGate>
  )
}
