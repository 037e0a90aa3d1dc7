/** 校心理中心：转介到中心的个案（仅这些个案可见）、个案详情与谈话记录、反馈 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { TALK_FORM_LABELS, TALK_TYPE_LABELS } from '../../../types/domain'
import { Button, Card, LevelTag, RemoteView, Section, TextArea } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { useAction } from '../../hooks/useAction'
import { useList } from '../../hooks/useList'
import { useRemote } from '../../hooks/useRemote'
import { getReferral, listReferrals, referralFeedback } from '../../services/api/counseling'
import { openPage, pageUrl } from '../../shared/navigation'
import { EntryHistory, EntrySummary } from './KeyCareDetail'
import './counseling.scss'
import { dateText } from '../../shared/forms'

export function ReferralList() {
  const list = useList((page, pageSize) => listReferrals({ page, pageSize }), [])
  return (
    <RemoteList list={list} empty={{ icon: '转', title: '暂无转介个案', desc: '各辅导站转介到中心的个案会出现在这里' }} renderItem={(i) => (
        <Card key={i.id} accent={i.level} title={`${i.studentName} · ${i.stationName}`} extra={<LevelTag level={i.level} />}
          onClick={() => openPage(pageUrl('center', 'referral-detail', { id: i.id }))}>
          <Text className='xq-cn-line xq-cn-muted'>{i.className} · {i.categories.join('、')}</Text>
          <Text className='xq-cn-line'>转介日期：{dateText(i.referral?.date)} · 负责辅导员：{i.counselorName}</Text>
          <Text className='xq-cn-line xq-cn-muted'>最近联系：{dateText(i.lastContact)} · 中心反馈 {i.feedbackCount} 条</Text>
        </Card>
      )} />
  )
}

export function ReferralDetailView({ id }: { id: string }) {
  const res = useRemote(() => getReferral({ id }), [id])
  const [text, setText] = useState('')
  const send = useAction(() => referralFeedback({ id, text: text.trim() }), {
    success: '已反馈',
    onDone: () => {
      setText('')
      void res.reload()
    },
  })
  return <RemoteView remote={res}>{(d) => (
    <View>
      <Text className='xq-cn-week-title'>{d.stationName}</Text>
      <EntrySummary e={d.entry} />
      <Section title='反馈给辅导员'>
        <Card>
          <TextArea name='feedback' value={text} onChange={setText} maxLength={1000} placeholder='接诊情况、评估结论与建议' />
          <View className='xq-cn-actions'>
            <Button loading={send.busy} disabled={!text.trim()} onClick={() => void send.run()}>提交反馈</Button>
          </View>
        </Card>
      </Section>
      <Section title={`谈话记录（${d.talks.length}）`}>
        {d.talks.map((t) => (
          <Card key={t.id} title={`${dateText(t.date)} · ${TALK_FORM_LABELS[t.form]} · ${TALK_TYPE_LABELS[t.type]}`} extra={<LevelTag level={t.level} />}>
            <Text className='xq-cn-para'>{t.summary}</Text>
            {t.measures && <Text className='xq-cn-line xq-cn-muted'>措施：{t.measures}</Text>}
            <Text className='xq-cn-line xq-cn-muted'>{t.authorName}</Text>
          </Card>
        ))}
      </Section>
      <EntryHistory e={d.entry} />
    </View>
  )}</RemoteView>
}
