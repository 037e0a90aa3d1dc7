import { Page } from '@/components'
import { KeyCareList } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 重点关注总览 */
export default function HeadKeycarePage() {
  return (
    <RoleGate role='head'>
      <Page className='xq-cn-page'>
        <KeyCareList pkg='head' />
      </Page>
    </RoleGate>
  )
}
