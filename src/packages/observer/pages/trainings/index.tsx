import { Page } from '@/components'
import { MyTrainingHistory, TrainingList } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 我的培训：应到的培训与签到、培训经历 */
export default function ObserverTrainingsPage() {
  return (
    <RoleGate role='observer'>
      <Page className='xq-lg-page'>
        <TrainingList pkg='observer' />
        <MyTrainingHistory />
      </Page>
    </RoleGate>
  )
}
