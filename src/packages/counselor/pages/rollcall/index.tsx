import { Page } from '@/components'
import { RollCallBoardView } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 晚点名 */
export default function CounselorRollcallPage() {
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <RollCallBoardView />
      </Page>
    </RoleGate>
  )
}
