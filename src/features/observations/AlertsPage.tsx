/** 即时报告列表（辅导员：负责范围；站长：全站）：未确认在前，一键确认；记录响应时间 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Button, Card, LevelTag, Page, RadioGroup, Tag } from '../../components'
import { ackAlert, listAlerts, type AlertView } from '../../services/api/observations'
import { RemoteList } from '../../components/RemoteList'
import { useAction } from '../../hooks/useAction'
import { useList } from '../../hooks/useList'
import { SubscribeButton } from '../../shared/subscribe/SubscribeButton'
import { AddToKeyCare } from './AddToKeyCare'
import { AlertTimeline } from './AlertTimeline'
import { ackLeftText, timeText } from './format'
import './observations.scss'

const TABS = [
  { value: 'open', label: '待确认' },
  { value: 'all', label: '全部' },
] as const

function AlertCard({ a, highlight, onAcked }: { a: AlertView; highlight: boolean; onAcked: () => void }) {
  const ack = useAction(() => ackAlert({ alertId: a.id }), { success: '已确认', onDone: onAcked })
  return (
    <Card
      className='xq-obs-alert'
      accent={a.level}
      title={`${a.studentName ?? '未指定学生'}${highlight ? ' · 本条' : ''}`}
      extra={<LevelTag level={a.level} />}
      footer={!a.ackedAt ? <Button block loading={ack.busy} onClick={() => void ack.run()}>确认已知悉</Button> : undefined}
    >
      <Text className='xq-obs-alert__desc'>{a.description}</Text>
      <Text className='xq-obs-alert__meta'>
        {a.source === 'concern' ? '周报危机条目' : '即时报告'} · {a.reporterName ?? ''} · {timeText(a.createdAt)}
      </Text>
      <View className='xq-obs-detail__tags'>
        {a.ackedAt ? (
          <Tag tone='success'>{a.ackedByName ?? ''} 已确认 · 用时 {a.responseMinutes} 分钟</Tag>
        ) : (
          <Tag tone={a.overdue ? 'danger' : 'key'}>{ackLeftText(a.ackDeadline)}</Tag>
        )}
        {a.escalatedAt && <Tag tone='danger'>已升级给站长 {timeText(a.escalatedAt)}</Tag>}
      </View>
      {a.studentId && <AddToKeyCare studentId={a.studentId} studentName={a.studentName ?? ''} source='alert' sourceRef={`alert:${a.id}`} level={a.level} />}
      <AlertTimeline alertId={a.id} open={highlight} />
    </Card>
  )
}

export function AlertsPage() {
  const focus = Taro.getCurrentInstance().router?.params?.id
  const [tab, setTab] = useState<'open' | 'all'>('open')
  const state = useList((page, pageSize) => listAlerts({ status: tab, page, pageSize }), [tab], 50)
  const total = state.data?.total
  return (
    <Page title='即时报告' subtitle={total === undefined ? undefined : tab === 'open' ? `待确认 ${total} 条` : `共 ${total} 条`}>
      <View className='xq-obs-tabs'>
        <RadioGroup look='segmented' options={TABS} value={tab} onChange={setTab} />
      </View>
      {/* 处理告警时顺手续订：一次性订阅每接受一次只能再收到一条 */}
      <SubscribeButton label='继续在微信中接收即时报告' />
      <RemoteList list={state} empty={{ icon: '安', title: tab === 'open' ? '没有待确认的即时报告' : '暂无即时报告' }}
        items={(items) => [...items].sort((x, y) => (x.id === focus ? -1 : y.id === focus ? 1 : 0))
          .map((a) => <AlertCard key={a.id} a={a} highlight={a.id === focus} onAcked={() => void state.reload()} />)} />
    </Page>
  )
}
