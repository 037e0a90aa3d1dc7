import type { Role } from '../../../../types/domain'
import { Cell, CellGroup, Page } from '../../../components'
import { isRegisteredPage } from '../../../routes'
import { useSession } from '../../../shared/session/useSession'
import { Workbench } from '../now'
import { roleStationText } from '../format'
import { openPage } from '../../../shared/navigation'
import { tilesFor } from '../roleNav'
import { ContactCard } from './ContactCard'
import { AssignmentCard } from './AssignmentCard'

/** 角色分包的工作台：现在要做的事 + 当前任职（含任期）+ 本角色的全部功能（各分包首页使用） */
export function RoleWorkbench({ role, title }: { role: Role; title: string }) {
  const { current } = useSession()
  const features = tilesFor(role).filter((t) => !t.url.endsWith('/pages/index/index'))
  return (
    <Page title={title} subtitle={current ? roleStationText(current) : undefined}>
      {current && <Workbench role={role} />}
      {current && <AssignmentCard assignment={current} />}
      {role === 'counselor' && <ContactCard />}
      <CellGroup title='全部功能'>
        {features.length === 0 ? (
          <Cell title='更多功能即将开放' desc='周报、谈心谈话、月报等功能正在陆续上线' />
        ) : (
          features.map((t) => (
            <Cell key={t.key} title={t.title} desc={isRegisteredPage(t.url) ? t.desc : '即将开放'} onClick={() => openPage(t.url)} />
          ))
        )}
      </CellGroup>
    </Page>
  )
}
