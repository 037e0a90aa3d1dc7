import { Page } from '@/components'
import { TalkList } from '@/features/counseling'
import { RoleGate } from '@/features/session'

/** 谈心谈话 */
export default function CounselorTalksPage() {
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <TalkList />
      </Page>
    </RoleGate>
  )
}
