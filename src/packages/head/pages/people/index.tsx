import { Page } from '@/components'
import { PeopleList } from '@/features/org/PeopleList'
import { RoleGate } from '@/shared/session'
import { titleOf } from '@/shared/navigation'

/** 人员与角色：任职历史、任期、换岗交接 */
export default function HeadPeoplePage() {
  return (
    <RoleGate role='head'>
      <Page title={titleOf('head', 'people')} subtitle='结束任职后，对方下一次操作即失去权限；已写记录保留原作者'>
        <PeopleList />
      </Page>
    </RoleGate>
  )
}
