import { Page } from '@/components'
import { ReferralList } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 转介个案 */
export default function CenterReferralsPage() {
  return (
    <RoleGate role='center'>
      <Page className='xq-cn-page'>
        <ReferralList />
      </Page>
    </RoleGate>
  )
}
