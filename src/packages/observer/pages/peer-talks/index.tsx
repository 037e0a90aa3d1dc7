import { Page } from '@/components'
import { MyPeerTalks } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 朋辈谈心 */
export default function ObserverPeerTalksPage() {
  return (
    <RoleGate role='observer'>
      <Page className='xq-cn-page'>
        <MyPeerTalks pkg='observer' />
      </Page>
    </RoleGate>
  )
}
