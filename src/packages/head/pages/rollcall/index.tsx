import { Page } from '@/components'
import { RollCallBoardView } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 晚点名 */
export default function HeadRollcallPage() {
  return (
    <RoleGate role='head'>
      <Page className='xq-cn-page'>
        <RollCallBoardView pkg='head' />
      </Page>
    </RoleGate>
  )
}
