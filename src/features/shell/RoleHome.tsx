import { View, Text } from '@tarojs/components'
import { shanghaiHour } from '../../../domain/shanghai-format'
import { useState } from 'react'
import { roleStationText } from './format'
import { Cell, CellGroup, Icon, Page, Section } from '../../components'
import { ENV } from '../../config/env'
import { isRegisteredPage } from '../../routes'
import type { MeOutput, MyAssignment } from '../../services/api/identity'
import { RoleSwitcher } from '../../shared/session/RoleSwitcher'
import { Workbench, badgeText } from './now'
import { ScopeCard } from './ScopeCard'
import { openPage, scrollToTop } from '../../shared/navigation'
import { MESSAGES_URL, alertShortcut, tilesFor } from './roleNav'
import { TileGrid } from './TileGrid'
import './shell.scss'

export interface RoleHomeProps {
  person: MeOutput['person']
  assignments: MyAssignment[]
  current: MyAssignment
  /** H5 本地模式：切换演示身份 */
  onSwitchDevUser?: () => void
}

function greeting(): string {
  const h = shanghaiHour(Date.now())
  return h < 6 ? '夜深了' : h < 12 ? '早上好' : h < 18 ? '下午好' : '晚上好'
}

/** 角色首页：问候 + 角色切换 + 即时报告 + 现在要做（工作台）+ 全部功能 + 消息 */
export function RoleHome({ person, assignments, current, onSwitchDevUser }: RoleHomeProps) {
  const alertUrl = alertShortcut(current.role)
  const [unread, setUnread] = useState(0)
  return (
    <Page
      header='hero'
      title={`${greeting()}，${person.name}`}
      subtitle={roleStationText(current)}
      extra={
        <View className='xq-home__bell' onClick={() => openPage(MESSAGES_URL)}>
          <Icon name='bell' color='#ffffff' size='sm' />
          <Text>消息</Text>
          {unread > 0 && <Text className='xq-home__badge'>{badgeText(unread)}</Text>}
        </View>
      }
    >
      <RoleSwitcher assignments={assignments} currentId={current._id} onSwitched={scrollToTop} />

      {alertUrl && (
        <View className='xq-alert-entry' hoverClass='xq-alert-entry--pressed' onClick={() => openPage(alertUrl)}>
          <View className='xq-alert-entry__icon'>
            <Text>急</Text>
          </View>
          <View className='xq-alert-entry__main'>
            <Text className='xq-alert-entry__title'>即时报告</Text>
            <Text className='xq-alert-entry__desc'>
              {isRegisteredPage(alertUrl) ? '发现危机情况，立即通知辅导员和站长' : '即将开放'}
            </Text>
          </View>
          <View className='xq-alert-entry__arrow' />
        </View>
      )}

      <Workbench key={current._id} role={current.role} onUnread={setUnread} />

      <Section title='全部功能'>
        <TileGrid tiles={tilesFor(current.role)} />
      </Section>

      <ScopeCard assignment={current} />

      <CellGroup>
        <Cell title={unread > 0 ? `消息（${badgeText(unread)} 条未读）` : '消息'} desc='周报提醒、即时报告告警与审批结果' onClick={() => openPage(MESSAGES_URL)} />
        {ENV.platform === 'h5' && onSwitchDevUser && <Cell title='切换演示身份' desc='本地开发模式' onClick={onSwitchDevUser} />}
      </CellGroup>
    </Page>
  )
}
