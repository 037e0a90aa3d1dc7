import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { KeyCareList } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 重点关注 */
export default function CounselorKeycarePage() {
  const overdue = useRouter().params.overdue === '1'
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <KeyCareList overdueFirst={overdue} />
      </Page>
    </RoleGate>
  )
}
