import { Page } from '@/components'
import { TrainingList } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 培训：本学期的场次 */
export default function CounselorTrainingsPage() {
  return (
    <RoleGate role='counselor'>
      <Page className='xq-lg-page'>
        <TrainingList pkg='counselor' />
      </Page>
    </RoleGate>
  )
}
