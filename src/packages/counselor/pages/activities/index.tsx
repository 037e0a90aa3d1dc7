import { Page } from '@/components'
import { ActivityList } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 宣教活动 */
export default function CounselorActivitiesPage() {
  return (
    <RoleGate role='counselor'>
      <Page className='xq-lg-page'>
        <ActivityList head={false} />
      </Page>
    </RoleGate>
  )
}
