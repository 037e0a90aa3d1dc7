/** 谈心谈话：列表（记录人本人；站长全站；中心仅转介个案）与详情 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { LEVEL_LABELS, TALK_FORM_LABELS, TALK_SOURCE_LABELS, TALK_TYPES, TALK_TYPE_LABELS, type TalkType } from '../../../types/domain'
import { Button, Card, Cell, CellGroup, LevelTag, RadioGroup, RemoteView, Tag } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { useList } from '../../hooks/useList'
import { useRemote } from '../../hooks/useRemote'
import { getTalk, listTalks } from '../../services/api/counseling'
import { openPage, pageUrl } from '../../shared/navigation'
import { whenText } from './format'
import './counseling.scss'
import { dateText } from '../../shared/forms'

type Pkg = 'counselor' | 'head' | 'center'
const TYPE_FILTER = [{ value: 'all', label: '全部' }, ...TALK_TYPES.map((t) => ({ value: t, label: TALK_TYPE_LABELS[t] }))] as const

export function TalkList({ pkg = 'counselor', studentId }: { pkg?: Pkg; studentId?: string }) {
  const [type, setType] = useState<TalkType | 'all'>('all')
  const list = useList((page, pageSize) => listTalks({ ...(type !== 'all' ? { type } : {}), ...(studentId ? { studentId } : {}), page, pageSize }), [type, studentId])
  return (
    <View>
      {pkg === 'counselor' && !studentId && (
        <View className='xq-cn-actions xq-cn-actions--block'>
          <Button onClick={() => openPage(pageUrl('counselor', 'talk-new'))}>记录谈话</Button>
        </View>
      )}
      <View className='xq-cn-filter'>
        <RadioGroup options={TYPE_FILTER as unknown as { value: TalkType | 'all'; label: string }[]} value={type} onChange={setType} />
      </View>
      <RemoteList
        list={list}
        empty={{ icon: '谈', title: '暂无谈话记录', desc: pkg === 'counselor' ? '从“本周”的约谈任务或右上角“记录谈话”开始' : undefined }}
        items={(items, data) => (
          <CellGroup title={`共 ${data.total} 条`}>
            {items.map((t) => (
              <Cell
                key={t.id}
                title={<View className='xq-cn-tags'><Text>{t.studentName}</Text><LevelTag level={t.level} /></View>}
                desc={`${dateText(t.date)} · ${TALK_FORM_LABELS[t.form]} · ${TALK_TYPE_LABELS[t.type]}${pkg !== 'counselor' ? ` · ${t.authorName}` : ''}`}
                value={t.followUpDate ? `跟进 ${dateText(t.followUpDate)}` : undefined}
                onClick={() => openPage(pageUrl(pkg, 'talk-detail', { id: t.id }))}
              />
            ))}
          </CellGroup>
        )}
      />
    </View>
  )
}

export function TalkDetail({ id, pkg = 'counselor' }: { id: string; pkg?: Pkg }) {
  const talk = useRemote(() => getTalk({ id }), [id])
  const staff = pkg !== 'center' ? pkg : undefined
  return <RemoteView remote={talk}>{(t) => (
    <View>
      <Card title={`${t.studentName} · ${t.className}`} extra={<LevelTag level={t.level} />} accent={t.level}>
        <Text className='xq-cn-line'>{dateText(t.date)} · {t.place} · {TALK_FORM_LABELS[t.form]}</Text>
        <View className='xq-cn-tags'>
          <Tag>{TALK_TYPE_LABELS[t.type]}</Tag>
          <Tag>{TALK_SOURCE_LABELS[t.source]}</Tag>
          {t.referred && <Tag tone='key'>已转介</Tag>}
        </View>
      </Card>
      <Card title='谈话内容'>
        <Text className='xq-cn-para'>{t.summary}</Text>
      </Card>
      <Card title='措施与跟进'>
        <Text className='xq-cn-para'>{t.measures || '—'}</Text>
        <Text className='xq-cn-line xq-cn-muted'>评估等级：{LEVEL_LABELS[t.level]} · 下次跟进：{dateText(t.followUpDate)}</Text>
        <Text className='xq-cn-line xq-cn-muted'>记录人：{t.authorName} · {whenText(t.createdAt)}</Text>
      </Card>
      {staff && (
        <View className='xq-cn-actions xq-cn-actions--block'>
          <Button variant='secondary' onClick={() => openPage(pageUrl(staff, 'student', { id: t.studentId }))}>学生详情</Button>
          {pkg === 'counselor' && (
            <Button
              variant={t.level === 'crisis' ? 'danger' : 'primary'}
              onClick={() => openPage(pageUrl('counselor', 'keycare-new', { studentId: t.studentId, studentName: t.studentName, source: 'talk', sourceRef: `talk:${t.id}`, level: t.level }))}
            >
              加入重点关注
            </Button>
          )}
        </View>
      )}
    </View>
  )}</RemoteView>
}
