/**
 * 月报各节的只读展示（站长草稿与中心查看共用）。数字在上、图在下；长名单只列需要关注的前几项。
 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import {
  ABSENCE_REASON_LABELS, CONCERN_CATEGORIES, LEVEL_LABELS, TALK_TYPE_LABELS, type AbsenceReason, type TalkType,
} from '../../../types/domain'
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES } from '../../../types/models-ledger'
import type { MonthlySections, SubmissionTotals } from '../../../types/models-reports'
import { Card } from '../../components'
import { BarList, StackedBar, Stats, TrendBars } from './charts'
import { monthText, pct } from './format'
import './reports.scss'

const LIST_LIMIT = 8

/** 比率的颜色：≥ 90% 绿，< 60% 红 */
const rateTone = (r: number | null): 'success' | 'danger' | undefined => (r === null ? undefined : r >= 0.9 ? 'success' : r < 0.6 ? 'danger' : undefined)

function Foldable({ title, extra, children, open: initial = true }: { title: string; extra?: string; open?: boolean; children: React.ReactNode }) {
  const [open, setOpen] = useState(initial)
  return (
    <Card
      className='xq-mr-section'
      title={title}
      extra={<Text className='xq-mr-fold' onClick={() => setOpen(!open)}>{extra ? `${extra} ` : ''}{open ? '收起' : '展开'}</Text>}
    >
      {open ? children : null}
    </Card>
  )
}

function totalsStack(t: SubmissionTotals) {
  return [
    { label: '按时', value: t.onTime, tone: 'success' as const },
    { label: '迟报', value: t.late, tone: 'key' as const },
    { label: '未报', value: t.missing, tone: 'danger' as const },
  ]
}

const TREND_SHORT = 6

/** 本月概况：最要紧的几个数 */
export function OverviewSection({ s }: { s: MonthlySections }) {
  const f = s.figures
  return (
    <Card className='xq-mr-section' title='本月概况'>
      <Stats items={[
        { label: '报送率', value: pct(s.submission.total.submissionRate), tone: rateTone(s.submission.total.submissionRate) },
        { label: '被关注学生', value: f.concernStudents },
        { label: '危机条目', value: f.crisisEntries, tone: f.crisisEntries ? 'danger' : undefined },
        { label: '即时报告', value: f.alerts },
      ]} />
      <Stats items={[
        { label: '重点关注在库', value: f.keyCareEnd },
        { label: '跟进逾期', value: f.keyCareOverdue, tone: f.keyCareOverdue ? 'danger' : undefined },
        { label: '晚点名出勤', value: pct(s.rollCalls.attendanceRate) },
        { label: '谈心谈话', value: f.talks },
      ]} />
    </Card>
  )
}

export function TrendSection({ s }: { s: MonthlySections }) {
  return (
    <Foldable title='趋势' extra={`对比${monthText(s.previousMonth)}`}>
      <TrendBars rows={s.trend.filter((r) => r.current !== null || r.previous !== null)} limit={TREND_SHORT} />
      {s.previousSource === 'report' && <Text className='xq-mr-note'>上月数字取自上月月报</Text>}
    </Foldable>
  )
}

export function SubmissionSection({ s }: { s: MonthlySections }) {
  const sub = s.submission
  const behind = sub.units.filter((u) => u.missing > 0 || u.late > 0).sort((a, b) => b.missing - a.missing || b.late - a.late)
  return (
    <Foldable title='报送情况' extra={sub.weeks.length ? `第${sub.weeks.map((w) => w.week).join('、')}周` : '本月无应报周'}>
      <Stats items={[
        { label: '应报', value: sub.total.expected },
        { label: '报送率', value: pct(sub.total.submissionRate), tone: rateTone(sub.total.submissionRate) },
        { label: '按时率', value: pct(sub.total.onTimeRate) },
        { label: '零报告率', value: pct(sub.total.zeroRate) },
      ]} />
      <Text className='xq-mr-sub'>班级周报 · {sub.class.units} 个班级</Text>
      <StackedBar parts={totalsStack(sub.class)} />
      <Text className='xq-mr-sub'>宿舍周报 · {sub.dorm.units} 间宿舍</Text>
      <StackedBar parts={totalsStack(sub.dorm)} />
      {behind.length > 0 && (
        <View className='xq-mr-list'>
          <Text className='xq-mr-sub'>有未报或迟报的单位（{behind.length}）</Text>
          {behind.slice(0, LIST_LIMIT).map((u) => (
            <View key={`${u.kind}:${u.unitId}`} className='xq-mr-list__row'>
              <Text>{u.name}</Text>
              <Text className='xq-mr-muted'>未报 {u.missing} · 迟报 {u.late}</Text>
            </View>
          ))}
          {behind.length > LIST_LIMIT && <Text className='xq-mr-muted'>其余 {behind.length - LIST_LIMIT} 个见导出的表格</Text>}
        </View>
      )}
    </Foldable>
  )
}

export function ConcernSection({ s }: { s: MonthlySections }) {
  const c = s.concerns
  const cats = CONCERN_CATEGORIES.map((k) => ({ label: k, value: c.byCategory[k] })).filter((x) => x.value > 0).sort((a, b) => b.value - a.value)
  const a = c.alerts
  return (
    <Foldable title='关注情况' extra={`${c.entries} 条`}>
      <Stats items={[
        { label: '被关注学生', value: c.students.distinct },
        { label: '本月新增', value: c.students.new, tone: 'key' },
        { label: '上月持续', value: c.students.continuing },
        { label: '危机条目', value: c.byLevel.crisis, tone: c.byLevel.crisis ? 'danger' : undefined },
      ]} />
      <Text className='xq-mr-sub'>按等级</Text>
      <StackedBar parts={(['general', 'key', 'crisis'] as const).map((l) => ({ label: LEVEL_LABELS[l], value: c.byLevel[l], tone: l }))} />
      <Text className='xq-mr-sub'>按类别（条目，可多选）</Text>
      <BarList items={cats} empty='本月没有关注条目' />
      <Text className='xq-mr-sub'>即时报告 {a.total} 条</Text>
      <Stats items={[
        { label: '时限内确认', value: `${a.ackedInTime}/${a.total}` },
        { label: '确认中位', value: a.ackMinutesMedian === null ? '—' : `${a.ackMinutesMedian}分` },
        { label: '最长', value: a.ackMinutesMax === null ? '—' : `${a.ackMinutesMax}分` },
        { label: '超时升级', value: a.escalated, tone: a.escalated ? 'danger' : undefined },
      ]} />
    </Foldable>
  )
}

export function KeyCareSection({ s }: { s: MonthlySections }) {
  const k = s.keyCare
  return (
    <Foldable title='重点关注库' extra={`月末 ${k.end} 人`}>
      <Stats items={[
        { label: '月初', value: k.start },
        { label: '新增', value: k.added, tone: 'key' },
        { label: '解除', value: k.closed, tone: 'success' },
        { label: '转介', value: k.referred },
      ]} />
      <Stats items={[
        { label: '月末', value: k.end },
        { label: '等级变更', value: k.levelChanges },
        { label: '跟进逾期', value: k.overdue, tone: k.overdue ? 'danger' : undefined },
        { label: '已转介在库', value: k.endByStatus.referred },
      ]} />
      <Text className='xq-mr-sub'>月末按等级</Text>
      <StackedBar parts={(['general', 'key', 'crisis'] as const).map((l) => ({ label: LEVEL_LABELS[l], value: k.endByLevel[l], tone: l }))} />
    </Foldable>
  )
}

export function RollCallSection({ s }: { s: MonthlySections }) {
  const r = s.rollCalls
  return (
    <Foldable title='晚点名' extra={`出勤率 ${pct(r.attendanceRate)}`}>
      <Stats items={[
        { label: '应点名班次', value: r.classWeeks },
        { label: '已记录', value: r.recorded },
        { label: '已确认', value: r.confirmed, tone: 'success' },
        { label: '待确认/退回', value: r.pending + r.returned },
      ]} />
      <Text className='xq-mr-sub'>缺勤原因（人次）</Text>
      <BarList items={(Object.keys(r.absences) as AbsenceReason[]).map((x) => ({ label: ABSENCE_REASON_LABELS[x], value: r.absences[x], tone: 'muted' as const }))} />
    </Foldable>
  )
}

export function TalkSection({ s }: { s: MonthlySections }) {
  const t = s.talks
  return (
    <Foldable title='谈心谈话' extra={`${t.total} 次`}>
      <Stats items={[
        { label: '涉及学生', value: t.students },
        { label: '7日内覆盖', value: pct(t.followUp7d.share), tone: rateTone(t.followUp7d.share) },
        { label: '朋辈谈心', value: t.peer.logged },
        { label: '朋辈已确认', value: t.peer.confirmed },
      ]} />
      {t.followUp7d.pending > 0 && <Text className='xq-mr-note'>另有 {t.followUp7d.pending} 名被关注学生的 7 日窗口尚未结束</Text>}
      <Text className='xq-mr-sub'>按类型</Text>
      <BarList items={(Object.keys(t.byType) as TalkType[]).map((x) => ({ label: TALK_TYPE_LABELS[x], value: t.byType[x], tone: 'accent' as const })).filter((x) => x.value > 0)} empty='本月没有谈话记录' />
      {t.byCounselor.length > 0 && (
        <View className='xq-mr-list'>
          <Text className='xq-mr-sub'>按辅导员</Text>
          {t.byCounselor.slice(0, LIST_LIMIT).map((c) => (
            <View key={c.counselorId} className='xq-mr-list__row'>
              <Text>{c.name}</Text>
              <Text className='xq-mr-muted'>{c.talks} 次 · {c.students} 人</Text>
            </View>
          ))}
        </View>
      )}
    </Foldable>
  )
}

/** 工作台账：培训、活动、深入宿舍、研判会（早先的快照没有此节） */
export function LedgerSection({ s }: { s: MonthlySections }) {
  const l = s.ledger
  if (!l) return null
  return (
    <Foldable title='工作台账' extra={`培训 ${l.trainings.held} 场`}>
      <Stats items={[
        { label: '培训到场', value: `${l.trainings.present}/${l.trainings.expected}` },
        { label: '到场率', value: pct(l.trainings.attendanceRate), tone: rateTone(l.trainings.attendanceRate) },
        { label: '开展活动', value: l.activities.held },
        { label: '研判会', value: l.caseReviews.held },
      ]} />
      <Text className='xq-mr-sub'>活动按类型</Text>
      <BarList items={ACTIVITY_TYPES.map((x) => ({ label: ACTIVITY_TYPE_LABELS[x], value: l.activities.byType[x], tone: 'accent' as const })).filter((x) => x.value > 0)} empty='本月没有开展活动' />
      <View className='xq-mr-list'>
        <Text className='xq-mr-sub'>深入宿舍（已走访 / 负责）</Text>
        {l.visits.rows.slice(0, LIST_LIMIT).map((r) => (
          <View key={r.name} className='xq-mr-list__row'>
            <Text>{r.name}</Text>
            <Text className='xq-mr-muted'>{r.visited}/{r.assigned}{r.notVisited.length ? ` · 未走访 ${r.notVisited.slice(0, 3).join('、')}${r.notVisited.length > 3 ? '等' : ''}` : ''}</Text>
          </View>
        ))}
      </View>
    </Foldable>
  )
}

/** 全部只读节（顺序与导出的工作表一致） */
export function AllSections({ s }: { s: MonthlySections }) {
  return (
    <View>
      <OverviewSection s={s} />
      <SubmissionSection s={s} />
      <ConcernSection s={s} />
      <KeyCareSection s={s} />
      <RollCallSection s={s} />
      <TalkSection s={s} />
      <LedgerSection s={s} />
      <TrendSection s={s} />
    </View>
  )
}
