import { Page } from '@/components'
import { PeerReviewList } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 朋辈谈心 */
export default function CounselorPeerReviewPage() {
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <PeerReviewList />
      </Page>
    </RoleGate>
  )
}
