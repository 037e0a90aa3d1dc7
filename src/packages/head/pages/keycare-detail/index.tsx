import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { KeyCareDetailView, param } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 重点关注详情 */
export default function HeadKeycareDetailPage() {
  const p = useRouter().params
  return (
    <RoleGate role='head'>
      <Page className='xq-cn-page'>
        <KeyCareDetailView id={param(p.id) ?? ''} pkg='head' />
      </Page>
    </RoleGate>
  )
}
