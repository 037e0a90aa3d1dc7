import { Page } from '@/components'
import { TalkList } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 谈心谈话 */
export default function HeadTalksPage() {
  return (
    <RoleGate role='head'>
      <Page className='xq-cn-page'>
        <TalkList pkg='head' />
      </Page>
    </RoleGate>
  )
}
