import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { TalkDetail, param } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 谈话详情 */
export default function CounselorTalkDetailPage() {
  const p = useRouter().params
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <TalkDetail id={param(p.id) ?? ''} />
      </Page>
    </RoleGate>
  )
}
