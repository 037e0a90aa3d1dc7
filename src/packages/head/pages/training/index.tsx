import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { param } from '@/features/counseling'
import { TrainingDetailView } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 培训详情：签到码与考勤 */
export default function HeadTrainingPage() {
  const p = useRouter().params
  return (
    <RoleGate role='head'>
      <Page className='xq-lg-page'>
        <TrainingDetailView id={param(p.id) ?? ''} />
      </Page>
    </RoleGate>
  )
}
