import { Page } from '@/components'
import { TalkList } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

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
