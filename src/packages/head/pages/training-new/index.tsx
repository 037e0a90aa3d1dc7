import { Page } from '@/components'
import { TrainingCreateForm } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 新建培训 */
export default function HeadTrainingNewPage() {
  return (
    <RoleGate role='head'>
      <Page className='xq-lg-page'>
        <TrainingCreateForm pkg='head' />
      </Page>
    </RoleGate>
  )
}
