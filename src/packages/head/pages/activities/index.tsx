import { Page } from '@/components'
import { ActivityList } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 宣教活动 */
export default function HeadActivitiesPage() {
  return (
    <RoleGate role='head'>
      <Page className='xq-lg-page'>
        <ActivityList head />
      </Page>
    </RoleGate>
  )
}
