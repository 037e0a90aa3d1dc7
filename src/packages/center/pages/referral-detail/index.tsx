import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { ReferralDetailView, param } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 转介个案详情 */
export default function CenterReferralDetailPage() {
  const p = useRouter().params
  return (
    <RoleGate role='center'>
      <Page className='xq-cn-page'>
        <ReferralDetailView id={param(p.id) ?? ''} />
      </Page>
    </RoleGate>
  )
}
