import { Page } from '@/components'
import { MyPeerTalks } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 朋辈谈心 */
export default function CommitteePeerTalksPage() {
  return (
    <RoleGate role='committee'>
      <Page className='xq-cn-page'>
        <MyPeerTalks pkg='committee' />
      </Page>
    </RoleGate>
  )
}
