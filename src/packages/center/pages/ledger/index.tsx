import { Page } from '@/components'
import { LedgerCounts } from '@/features/ledger'
import { RoleGate } from '@/shared/session'

/** 各站台账 */
export default function CenterLedgerPage() {
  return (
    <RoleGate role='center'>
      <Page className='xq-lg-page'>
        <LedgerCounts />
      </Page>
    </RoleGate>
  )
}
