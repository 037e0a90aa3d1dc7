import { Page } from '@/components'
import { VisitCoverage } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 深入宿舍 */
export default function HeadVisitsPage() {
  return (
    <RoleGate role='head'>
      <Page className='xq-lg-page'>
        <VisitCoverage />
      </Page>
    </RoleGate>
  )
}
