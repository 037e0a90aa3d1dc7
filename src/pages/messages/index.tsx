import { Page } from '../../components'
import { MessageList } from '../../features/messages'
import { RoleGate } from '../../shared/session'

/** 消息：所有角色共用 */
export default function MessagesPage() {
  return (
    <RoleGate>
      <Page title='消息'>
        <MessageList />
      </Page>
    </RoleGate>
  )
}
