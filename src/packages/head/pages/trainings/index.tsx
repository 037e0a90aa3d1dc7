import { Page } from '@/components'
import { CoverageMatrix, TrainingList } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 培训：本学期的场次与覆盖矩阵 */
export default function HeadTrainingsPage() {
  return (
    <RoleGate role='head'>
      <Page className='xq-lg-page'>
        <CoverageMatrix />
        <TrainingList pkg='head' />
      </Page>
    </RoleGate>
  )
}
