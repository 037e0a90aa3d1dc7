/** 重点关注学生库列表：按等级与状态筛选，最近联系（由谈话推导）、逾期跟进、待审批 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { KEYCARE_STATUSES, KEYCARE_STATUS_LABELS, LEVELS, LEVEL_LABELS, type KeyCareStatus, type Level } from '../../../types/domain'
import { Button, Card, LevelTag, RadioGroup, Tag } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { cx } from '../../components/cx'
import { listKeyCare, type KeyCareListItem } from '../../services/api/counseling'
import { useList } from '../../hooks/useList'
import { openPage, pageUrl } from '../../shared/navigation'
import { KEYCARE_STATUS_TONE, REFERRAL_TO_TEXT } from './format'
import './counseling.scss'
import { dateText } from '../../shared/forms'

type Pkg = 'counselor' | 'head'
const LEVEL_FILTER = [{ value: 'all', label: '全部等级' }, ...LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))]
const STATUS_FILTER = KEYCARE_STATUSES.map((s) => ({ value: s, label: KEYCARE_STATUS_LABELS[s] }))

export function KeyCareCard({ item, pkg }: { item: KeyCareListItem; pkg: Pkg }) {
  return (
    <Card
      accent={item.level}
      title={<View className='xq-cn-tags'><Text>{item.studentName}</Text><Text className='xq-cn-muted'>{item.className}</Text></View>}
      extra={<View className='xq-cn-tags'><LevelTag level={item.level} /><Tag tone={KEYCARE_STATUS_TONE[item.status]}>{KEYCARE_STATUS_LABELS[item.status]}</Tag></View>}
      onClick={() => openPage(pageUrl(pkg, 'keycare-detail', { id: item.id }))}
    >
      <Text className='xq-cn-line xq-cn-muted'>{item.categories.join('、')} · 负责：{item.counselorName}</Text>
      <View className='xq-cn-kv'>
        <Text>最近联系 <Text className='xq-cn-strong'>{item.lastContact ? dateText(item.lastContact) : '暂无'}</Text></Text>
        <Text className={cx(item.overdue && 'xq-cn-danger')}>下次跟进 <Text className='xq-cn-strong'>{dateText(item.nextFollowUp)}</Text>{item.overdue ? '（逾期）' : ''}</Text>
      </View>
      {item.referral && <Text className='xq-cn-line xq-cn-muted'>已转介至{item.referral.party === REFERRAL_TO_TEXT[item.referral.to] ? item.referral.party : `${REFERRAL_TO_TEXT[item.referral.to]}（${item.referral.party}）`} · {dateText(item.referral.date)}</Text>}
      {item.pendingApproval && <Tag tone='key'>待站长审批</Tag>}
    </Card>
  )
}

/** overdueFirst：从“逾期跟进”提醒进入时只看逾期（页面参数 overdue=1） */
export function KeyCareList({ pkg = 'counselor', overdueFirst = false }: { pkg?: Pkg; overdueFirst?: boolean }) {
  const [level, setLevel] = useState<Level | 'all'>('all')
  const [status, setStatus] = useState<KeyCareStatus>('active')
  const [overdueOnly, setOverdueOnly] = useState(overdueFirst)
  const list = useList(
    (page, pageSize) => listKeyCare({ ...(level !== 'all' ? { level } : {}), ...(overdueOnly ? { overdueOnly } : { status }), page, pageSize }),
    [level, status, overdueOnly],
  )
  const sum = list.data?.summary
  return (
    <View>
      <View className='xq-cn-actions xq-cn-actions--block'>
        <Button onClick={() => openPage(pageUrl(pkg, 'keycare-new'))}>加入重点关注</Button>
      </View>
      {sum && (
        <Text className='xq-cn-muted xq-cn-summary__caption'>{overdueOnly ? KEYCARE_STATUS_LABELS.active : KEYCARE_STATUS_LABELS[status]}的学生</Text>
      )}
      {sum && (
        <View className='xq-cn-summary'>
          <View className='xq-cn-summary__item xq-cn-summary__item--crisis'><Text className='xq-cn-summary__num'>{sum.byLevel.crisis}</Text><Text className='xq-cn-summary__label'>危机</Text></View>
          <View className='xq-cn-summary__item xq-cn-summary__item--key'><Text className='xq-cn-summary__num'>{sum.byLevel.key}</Text><Text className='xq-cn-summary__label'>重点关注</Text></View>
          <View className='xq-cn-summary__item xq-cn-summary__item--general'><Text className='xq-cn-summary__num'>{sum.byLevel.general}</Text><Text className='xq-cn-summary__label'>一般关注</Text></View>
          <View className={cx('xq-cn-summary__item', sum.overdue > 0 && 'xq-cn-summary__item--alarm')} onClick={() => setOverdueOnly(!overdueOnly)}>
            <Text className='xq-cn-summary__num'>{sum.overdue}</Text><Text className='xq-cn-summary__label'>逾期跟进</Text>
          </View>
        </View>
      )}
      <View className='xq-cn-filter'>
        <RadioGroup options={LEVEL_FILTER as { value: Level | 'all'; label: string }[]} value={level} onChange={setLevel} />
        {overdueOnly ? (
          <View className='xq-cn-tags'><Tag tone='danger'>只看逾期</Tag><Button size='sm' variant='text' onClick={() => setOverdueOnly(false)}>取消</Button></View>
        ) : (
          <RadioGroup look='segmented' options={STATUS_FILTER} value={status} onChange={setStatus} />
        )}
      </View>
      <RemoteList list={list} empty={{ icon: '库', title: '没有符合条件的学生' }} renderItem={(i) => <KeyCareCard key={i.id} item={i} pkg={pkg} />} />
    </View>
  )
}
