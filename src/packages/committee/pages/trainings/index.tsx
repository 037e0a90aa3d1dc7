import { Page } from '@/components'
import { MyTrainingHistory, TrainingList } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 我的培训：应到的培训与签到、培训经历 */
export default function CommitteeTrainingsPage() {
  return (
    <RoleGate role='committee'>
      <Page className='xq-lg-page'>
        <TrainingList pkg='committee' />
        <MyTrainingHistory />
      </Page>
    </RoleGate>
  )
}
