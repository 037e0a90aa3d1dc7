import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { formatMonthDayTime } from '../../../domain/shanghai-format'
import { Button, Card, Empty, ErrorState, Loading, Tag, showError } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { listMessages, readMessages, type MessageView } from '../../services/api/identity'
import { openPage } from '../../shared/navigation'
import { SubscribeButton } from '../../shared/subscribe/SubscribeButton'
import './MessageList.scss'

/** 北京时间 'M月D日 HH:mm'（与设备时区无关） */
const when = (iso: string): string => formatMonthDayTime(iso)

/** 站内消息：周报提醒、即时报告告警等；点开带链接的消息跳到对应页面 */
export function MessageList() {
  const [page] = useState(1)
  const list = useRemote(() => listMessages({ page, pageSize: 50 }), [page])
  const [busy, setBusy] = useState(false)

  const open = async (m: MessageView) => {
    if (!m.readAt) {
      const res = await readMessages({ messageIds: [m._id] })
      if (res.ok) void list.reload()
    }
    if (m.link) openPage(m.link)
  }
  const readAll = async () => {
    setBusy(true)
    const res = await readMessages({ all: true })
    setBusy(false)
    if (!res.ok) showError(res.error)
    else void list.reload()
  }

  if (list.status === 'error') return <ErrorState error={list.error} onRetry={() => void list.reload()} />
  if (!list.data) return <Loading />
  const { items, unread, undelivered } = list.data
  if (items.length === 0) {
    return (
      <View>
        <Empty icon='信' title='暂无消息' desc='周报提醒和即时报告告警会出现在这里' />
        <View className='xq-messages__bar'>
          <SubscribeButton />
        </View>
      </View>
    )
  }
  return (
    <View>
      <View className='xq-messages__bar'>
        <Text className='xq-messages__count'>
          {unread > 0 ? `${unread} 条未读` : '全部已读'}
          {undelivered > 0 ? ` · ${undelivered} 条未送达微信` : ''}
        </Text>
        <SubscribeButton />
        {unread > 0 && (
          <Button variant='text' size='sm' loading={busy} onClick={() => void readAll()}>
            全部标为已读
          </Button>
        )}
      </View>
      {items.map((m) => (
        <Card key={m._id} onClick={() => void open(m)} accent={m.readAt ? undefined : 'primary'}>
          <View className='xq-messages__head'>
            <Text className='xq-messages__title'>{m.title}</Text>
            {m.push && m.push.state !== 'sent' && <Tag tone='neutral'>{m.push.state === 'unconfigured' ? '微信提醒未配置' : '未送达微信'}</Tag>}
            {!m.readAt && <Tag tone='danger'>未读</Tag>}
          </View>
          <Text className='xq-messages__body'>{m.body}</Text>
          {m.push?.state === 'failed' && m.push.reason && <Text className='xq-messages__time'>未推送到微信：{m.push.reason}</Text>}
          <Text className='xq-messages__time'>{when(m.createdAt)}</Text>
        </Card>
      ))}
    </View>
  )
}
