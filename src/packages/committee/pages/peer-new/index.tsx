import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { PeerTalkEditor, param } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 记录朋辈谈心 */
export default function CommitteePeerNewPage() {
  const p = useRouter().params
  return (
    <RoleGate role='committee'>
      <Page className='xq-cn-page'>
        <PeerTalkEditor pkg='committee' id={param(p.id)} />
      </Page>
    </RoleGate>
  )
}
