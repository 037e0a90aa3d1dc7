/** 辅导员“本周”：待记录/待确认的晚点名、待确认的朋辈谈心、约谈任务、逾期跟进、未确认的即时报告 */
import { View, Text } from '@tarojs/components'
import { Button, Card, Cell, CellGroup, LevelTag, RemoteView, Section, Tag, TermPhaseNotice } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { weekOverview, type WeekOverview } from '../../services/api/counseling'
import { openPage, pageUrl } from '../../shared/navigation'
import { KeyCareCard } from './KeyCareList'
import { PeerReviewCard } from './PeerTalks'
import { RollCallRow, rollCallFormUrl } from './RollCallBoard'
import { whenText } from './format'
import './counseling.scss'
import { dateText } from '../../shared/forms'
import { TASK_SOURCE_LABELS } from '../../../types/domain'

function Counts({ o }: { o: WeekOverview }) {
  const items = [
    ['晚点名待确认', o.rollCalls.toConfirm.length],
    ['朋辈谈心待确认', o.peerTalksToConfirm.length],
    ['约谈任务', o.talkTasks.length],
    ['逾期跟进', o.overdueFollowUps.length],
  ] as const
  return (
    <View className='xq-cn-summary'>
      {items.map(([label, n]) => (
        <View key={label} className={`xq-cn-summary__item${n > 0 && label === '逾期跟进' ? ' xq-cn-summary__item--alarm' : ''}`}>
          <Text className='xq-cn-summary__num'>{n}</Text>
          <Text className='xq-cn-summary__label'>{label}</Text>
        </View>
      ))}
    </View>
  )
}

export function WeekOverviewView() {
  const res = useRemote(() => weekOverview({}), [])
  return <RemoteView remote={res}>{(o) => <Overview o={o} reload={() => void res.reload()} />}</RemoteView>
}

function Overview({ o, reload }: { o: WeekOverview; reload: () => void }) {
  const nothing = !o.openAlerts.length && !o.talkTasks.length && !o.rollCalls.toConfirm.length && !o.rollCalls.toRecord.length &&
    !o.rollCalls.returned.length && !o.peerTalksToConfirm.length && !o.overdueFollowUps.length
  return (
    <View>
      <TermPhaseNotice phase={o.phase} hint='假期中没有新的周次；下面是上一学期最后一周，以及仍待处理的事项。' />
      <Text className='xq-cn-week-title'>第 {o.week} 周 · {dateText(o.weekStart)}起{o.off ? ' · 假期' : ''}</Text>
      <Counts o={o} />
      {nothing && <Card><Text className='xq-cn-line'>本周待办都已处理完毕。</Text></Card>}
      {o.openAlerts.length > 0 && (
        <Section title='未确认的即时报告'>
          {o.openAlerts.map((a) => (
            <Card key={a.id} accent='crisis' title={a.studentName ?? '即时报告'} extra={<LevelTag level={a.level} />}>
              <Text className='xq-cn-para'>{a.description}</Text>
              <Text className='xq-cn-line xq-cn-muted'>{whenText(a.createdAt)} · 须在 {whenText(a.ackDeadline)} 前确认</Text>
              {a.studentId && (
                <View className='xq-cn-actions'>
                  <Button size='sm' onClick={() => openPage(pageUrl('counselor', 'talk-new', { alertId: a.id }))}>记录谈话</Button>
                </View>
              )}
            </Card>
          ))}
        </Section>
      )}
      {o.talkTasks.length > 0 && (
        <Section title='约谈任务'>
          <CellGroup>
            {o.talkTasks.map((t) => (
              <Cell key={t.id} title={`${t.studentName} · ${t.className}`} desc={`${TASK_SOURCE_LABELS[t.source]} · ${whenText(t.createdAt)}`}
                value={<Tag tone='primary'>记录谈话</Tag>} onClick={() => openPage(pageUrl('counselor', 'talk-new', { taskId: t.id }))} />
            ))}
          </CellGroup>
        </Section>
      )}
      {(o.rollCalls.toConfirm.length > 0 || o.rollCalls.toRecord.length > 0 || o.rollCalls.returned.length > 0) && (
        <Section title='晚点名' extra={<Button size='sm' variant='text' onClick={() => openPage(pageUrl('counselor', 'rollcall'))}>看板 ›</Button>}>
          {o.rollCalls.toConfirm.map((r) => <RollCallRow key={`${r.week}-${r.classId}`} row={r} week={r.week ?? o.rollCallWeek} onChanged={reload} />)}
          {o.rollCalls.returned.map((r) => <RollCallRow key={`${r.week}-${r.classId}`} row={r} week={r.week ?? o.rollCallWeek} onChanged={reload} />)}
          {o.rollCalls.toRecord.length > 0 && (
            <CellGroup title={`第 ${o.rollCallWeek} 周尚未记录`}>
              {o.rollCalls.toRecord.map((r) => (
                <Cell key={r.classId} title={r.className} value='去记录' onClick={() => openPage(rollCallFormUrl('counselor', r.classId, o.rollCallWeek))} />
              ))}
            </CellGroup>
          )}
        </Section>
      )}
      {o.peerTalksToConfirm.length > 0 && (
        <Section title='待确认的朋辈谈心'>
          {o.peerTalksToConfirm.map((p) => <PeerReviewCard key={p.id} p={p} onChanged={reload} />)}
        </Section>
      )}
      {o.overdueFollowUps.length > 0 && (
        <Section title='逾期跟进'>
          {o.overdueFollowUps.map((i) => <KeyCareCard key={i.id} item={i} pkg='counselor' />)}
        </Section>
      )}
    </View>
  )
}
