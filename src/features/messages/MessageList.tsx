import { View, Text } from '@tarojs/components'
import { formatMonthDayTime } from '../../../domain/shanghai-format'
import { Button, Card, Empty, RemoteView, Tag } from '../../components'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { listMessages, readMessages, type MessageView } from '../../services/api/identity'
import { openPage } from '../../shared/navigation'
import { SubscribeButton } from '../../shared/subscribe/SubscribeButton'
import './MessageList.scss'

/** 北京时间 'M月D日 HH:mm'（与设备时区无关） */
const when = (iso: string): string => formatMonthDayTime(iso)

/**
 * 站内消息：周报提醒、即时报告告警等；点开带链接的消息跳到对应页面。
 * 最近 50 条，一次读取（useRemote + RemoteView：本页在主包里，不带分页列表的代码）
 */
export function MessageList() {
  const list = useRemote(() => listMessages({ page: 1, pageSize: 50 }), [])
  const readAll = useAction(() => readMessages({ all: true }), { onDone: () => void list.reload() })

  const open = async (m: MessageView) => {
    if (!m.readAt) {
      const res = await readMessages({ messageIds: [m._id] })
      if (res.ok) void list.reload()
    }
    if (m.link) openPage(m.link)
  }

  return (
    <View>
      <RemoteView remote={list}>{({ items, unread, undelivered }) => (<>
          <View className='xq-messages__bar'>
            {items.length > 0 && (
              <Text className='xq-messages__count'>
                {unread > 0 ? `${unread} 条未读` : '全部已读'}
                {undelivered > 0 ? ` · ${undelivered} 条未送达微信` : ''}
              </Text>
            )}
            <SubscribeButton />
            {unread > 0 && (
              <Button variant='text' size='sm' loading={readAll.busy} onClick={() => void readAll.run()}>
                全部标为已读
              </Button>
            )}
          </View>
          {items.length === 0 && <Empty icon='信' title='暂无消息' desc='周报提醒和即时报告告警会出现在这里' />}
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
      </>)}</RemoteView>
    </View>
  )
}
