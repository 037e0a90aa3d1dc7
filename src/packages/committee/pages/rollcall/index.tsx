import { Page } from '@/components'
import { CadreRollCall } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 晚点名 */
export default function CommitteeRollcallPage() {
  return (
    <RoleGate role='committee'>
      <Page className='xq-cn-page'>
        <CadreRollCall />
      </Page>
    </RoleGate>
  )
}
