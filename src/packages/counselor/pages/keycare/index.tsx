import { Page } from '@/components'
import { KeyCareList } from '@/features/counseling'
import { RoleGate } from '@/features/session'

/** 重点关注 */
export default function CounselorKeycarePage() {
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <KeyCareList />
      </Page>
    </RoleGate>
  )
}
