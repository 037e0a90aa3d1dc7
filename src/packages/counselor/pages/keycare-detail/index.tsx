import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { KeyCareDetailView, param } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 重点关注详情 */
export default function CounselorKeycareDetailPage() {
  const p = useRouter().params
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <KeyCareDetailView id={param(p.id) ?? ''} />
      </Page>
    </RoleGate>
  )
}
