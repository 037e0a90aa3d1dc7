/** 重点关注条目详情：基本信息、待审批、转介与中心反馈、操作、变更历史与学生时间线 */
import { View, Text } from '@tarojs/components'
import { KEYCARE_STATUS_LABELS, LEVEL_LABELS } from '../../../types/domain'
import { APPROVAL_KIND_LABELS, KEYCARE_SOURCE_LABELS } from '../../../types/models-counseling'
import { Button, Card, LevelTag, RemoteView, Section, Tag } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { getKeyCare, type KeyCareDetail as Detail } from '../../services/api/counseling'
import { openPage, pageUrl } from '../../shared/navigation'
import { KeyCareActions } from './KeyCareActions'
import { KEYCARE_STATUS_TONE, REFERRAL_TO_TEXT, whenText } from './format'
import { historyText } from './historyText'
import { Timeline } from './Timeline'
import './counseling.scss'
import { dateText } from '../../shared/forms'

export function EntrySummary({ e }: { e: Detail }) {
  return (
    <Card
      accent={e.level}
      title={`${e.studentName} · ${e.className}`}
      extra={<View className='xq-cn-tags'><LevelTag level={e.level} /><Tag tone={KEYCARE_STATUS_TONE[e.status]}>{KEYCARE_STATUS_LABELS[e.status]}</Tag></View>}
    >
      <Text className='xq-cn-line'>类别：{e.categories.join('、')}</Text>
      <Text className='xq-cn-line'>入库：{dateText(e.enteredAt)} · 来源：{KEYCARE_SOURCE_LABELS[e.source]} · 负责：{e.counselorName}</Text>
      <View className='xq-cn-kv'>
        <Text>最近联系 <Text className='xq-cn-strong'>{e.lastContact ? dateText(e.lastContact) : '暂无'}</Text></Text>
        <Text className={e.overdue ? 'xq-cn-danger' : undefined}>下次跟进 <Text className='xq-cn-strong'>{dateText(e.nextFollowUp)}</Text>{e.overdue ? '（逾期）' : ''}</Text>
      </View>
      {e.referral && <Text className='xq-cn-line'>已转介至{e.referral.party === REFERRAL_TO_TEXT[e.referral.to] ? e.referral.party : `${REFERRAL_TO_TEXT[e.referral.to]}（${e.referral.party}）`} · {dateText(e.referral.date)}</Text>}
      {e.closeReason && <Text className='xq-cn-line'>解除原因：{e.closeReason}</Text>}
      {e.pendingApproval && (
        <Text className='xq-cn-warn'>
          待站长审批：{APPROVAL_KIND_LABELS[e.pendingApproval.kind]}
          {e.pendingApproval.payload.kind !== 'close' ? `（→ ${LEVEL_LABELS[e.pendingApproval.payload.to]}）` : ''}
        </Text>
      )}
    </Card>
  )
}

export function EntryHistory({ e }: { e: Detail }) {
  return (
    <View>
      {e.centerFeedback.length > 0 && (
        <Section title='校心理中心反馈'>
          {e.centerFeedback.map((f, i) => (
            <Card key={i}><Text className='xq-cn-para'>{f.text}</Text><Text className='xq-cn-line xq-cn-muted'>{f.byName} · {whenText(f.at)}</Text></Card>
          ))}
        </Section>
      )}
      <Section title='变更历史'>
        <Card>
          {e.history.map((h, i) => (
            <Text key={i} className='xq-cn-line'>
              {whenText(h.at)} · {h.byName} · {historyText(h)}
            </Text>
          ))}
        </Card>
      </Section>
      <Section title='学生时间线'>
        <Timeline items={e.timeline} />
      </Section>
    </View>
  )
}

export function KeyCareDetailView({ id, pkg = 'counselor' }: { id: string; pkg?: 'counselor' | 'head' }) {
  const res = useRemote(() => getKeyCare({ id }), [id])
  return <RemoteView remote={res}>{(e) => (
    <View>
      <EntrySummary e={e} />
      <View className='xq-cn-actions xq-cn-actions--block'>
        <Button variant='secondary' onClick={() => openPage(pageUrl(pkg, 'student', { id: e.studentId }))}>学生详情</Button>
        {pkg === 'counselor' && e.status !== 'closed' && (
          <Button onClick={() => openPage(pageUrl('counselor', 'talk-new', { studentId: e.studentId, studentName: e.studentName }))}>记录谈话</Button>
        )}
      </View>
      <KeyCareActions entry={e} isHead={pkg === 'head'} onChanged={() => void res.reload()} />
      <EntryHistory e={e} />
    </View>
  )}</RemoteView>
}
