import { Page } from '@/components'
import { TrainingCreateForm } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 新建培训 */
export default function CounselorTrainingNewPage() {
  return (
    <RoleGate role='counselor'>
      <Page className='xq-lg-page'>
        <TrainingCreateForm pkg='counselor' />
      </Page>
    </RoleGate>
  )
}
