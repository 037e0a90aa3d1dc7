/** 工作台的积木：一行待办（图标 + 标题 + 计数，点一下直达）、告警倒计时列表、假期卡片 */
import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Icon, LevelTag, type IconName } from '../../../components'
import { cx } from '../../../components/cx'
import type { WorkbenchAlert, WorkbenchVacation } from '../../../services/api/workbench'
import { openPage } from '../../../shared/navigation'
import { Countdown } from './Countdown'
import { badgeText } from './time'

export type TodoTone = 'danger' | 'warn' | 'normal' | 'done'

const TONE_COLOR: Record<TodoTone, string> = { danger: '#e5484d', warn: '#e8830c', normal: '#3a6cf4', done: '#1f9d55' }

export interface TodoProps {
  icon: IconName
  title: string
  /** 计数；不给则不显示数字 */
  count?: number
  desc?: ReactNode
  tone?: TodoTone
  url?: string
}

/** 一行待办：点一下直达要做的事 */
export function Todo({ icon, title, count, desc, tone = 'normal', url }: TodoProps) {
  return (
    <View className={cx('xq-wb-todo', `xq-wb-todo--${tone}`)} hoverClass='xq-wb-todo--pressed' onClick={url ? () => openPage(url) : undefined}>
      <View className='xq-wb-todo__icon'>
        <Icon name={icon} color={TONE_COLOR[tone]} />
      </View>
      <View className='xq-wb-todo__main'>
        <Text className='xq-wb-todo__title'>{title}</Text>
        {desc !== undefined && <Text className='xq-wb-todo__desc'>{desc}</Text>}
      </View>
      {count !== undefined && <Text className='xq-wb-todo__count'>{badgeText(count)}</Text>}
      {url && <View className='xq-wb-todo__arrow' />}
    </View>
  )
}

/** 未确认的即时报告：每条一个倒计时，超时变红；点开直达该条 */
export function AlertTodos({ alerts, skewMs, url, title }: { alerts: WorkbenchAlert[]; skewMs: number; url: (id: string) => string; title: string }) {
  if (alerts.length === 0) return null
  return (
    <View className='xq-wb-alerts'>
      <View className='xq-wb-alerts__head'>
        <Icon name='alert' color='#e5484d' size='sm' />
        <Text className='xq-wb-alerts__title'>{title}</Text>
        <Text className='xq-wb-alerts__count'>{alerts.length}</Text>
      </View>
      {alerts.map((a) => (
        <View key={a.id} id={`wb-alert-${a.id}`} className='xq-wb-alert' hoverClass='xq-wb-todo--pressed' onClick={() => openPage(url(a.id))}>
          <LevelTag level={a.level} />
          <Text className='xq-wb-alert__who'>{a.studentName ?? '未指定学生'}</Text>
          {a.escalatedAt && <Text className='xq-wb-alert__esc'>已升级</Text>}
          <Countdown deadline={a.ackDeadline} skewMs={skewMs} />
        </View>
      ))}
    </View>
  )
}

/** 学期之间：不显示本周事项 */
export function VacationCard({ vacation, children }: { vacation: WorkbenchVacation; children?: ReactNode }) {
  return (
    <View className='xq-wb-vacation'>
      <Icon name='sun' color='#e8830c' size='lg' />
      <View className='xq-wb-todo__main'>
        <Text className='xq-wb-todo__title'>假期中</Text>
        <Text className='xq-wb-todo__desc'>
          {vacation.nextTermStartText ? `下学期从 ${vacation.nextTermStartText}开始` : '下学期的校历还没有设置'}；以往的周报与记录仍可查看
        </Text>
        {children}
      </View>
    </View>
  )
}
