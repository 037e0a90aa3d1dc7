import { Page } from '@/components'
import { CaseReviewList } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 研判会 */
export default function CounselorCaseReviewsPage() {
  return (
    <RoleGate role='counselor'>
      <Page className='xq-lg-page'>
        <CaseReviewList canCreate />
      </Page>
    </RoleGate>
  )
}
