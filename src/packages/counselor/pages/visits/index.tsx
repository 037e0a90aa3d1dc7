import { Page } from '@/components'
import { VisitForm } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 深入宿舍 */
export default function CounselorVisitsPage() {
  return (
    <RoleGate role='counselor'>
      <Page className='xq-lg-page'>
        <VisitForm />
      </Page>
    </RoleGate>
  )
}
