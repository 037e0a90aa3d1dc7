/**
 * 工作计划条目与工作总结内容的只读展示：站长页与校心理中心页共用（只有计数、条目与站长写的文字，没有学生姓名）。
 */
import { Text, View } from '@tarojs/components'
import type { PlanView, SummaryView } from '../../../types/api/station'
import type { SummaryText } from '../../../types/models-station'
import { Card, Empty, Section, Tag } from '../../components'
import { pctText } from './format'
import './station.scss'

/** 计划条目：月份已过而没有关联记录的标红 */
export function PlanItems({ plan }: { plan: PlanView }) {
  return (
    <Section title={`计划条目 ${plan.items.length} 项`}>
      {plan.items.length === 0 ? <Empty icon='计' title='还没有计划条目' /> : plan.items.map((i) => (
        <Card key={i.id} className='xq-st-plan-item' title={`${i.month} · ${i.what}`} accent={i.flagged ? 'crisis' : undefined}
          extra={<Tag tone={i.links.length ? 'success' : i.flagged ? 'danger' : 'neutral'}>{i.links.length ? '已有记录' : i.flagged ? '未完成' : '待开展'}</Tag>}>
          <View>
            <Text className='xq-st-muted'>{i.who} · {i.assessmentItemName}</Text>
            {i.links.map((l) => <Text key={`${l.kind}:${l.id}`} className='xq-st-muted'>{l.kindLabel}：{l.label}</Text>)}
          </View>
        </Card>
      ))}
    </Section>
  )
}

type SummaryContent = NonNullable<SummaryView['content']>

/** 总结里由站长撰写的各节（标题同导出的 .docx） */
export const SUMMARY_SECTIONS: Array<[keyof SummaryText, string]> = [['overview', '一、总体情况'], ['achievements', '四、工作成效与特色'], ['problems', '五、存在的问题'], ['nextYear', '六、下学年工作思路']]

/** 总结的“二、工作计划完成情况”与“三、全年工作数据” */
export function SummaryFigures({ content: c }: { content: SummaryContent }) {
  return (
    <View>
      <Section title='二、工作计划完成情况'>
        {c.planRows.length === 0 ? <Empty title='本学年没有工作计划' /> : c.planRows.map((r) => (
          <Card key={r.itemId} title={`${r.month} · ${r.what}`} extra={<Tag tone={r.done ? 'success' : 'danger'}>{r.done ? '已完成' : '未完成'}</Tag>}>
            <Text className='xq-st-muted'>{r.who} · {r.assessmentItemName}{r.evidence.length ? ` · 佐证：${r.evidence.join('、')}` : ''}</Text>
            {r.note ? <Text className='xq-st-muted'>说明：{r.note}</Text> : null}
          </Card>
        ))}
      </Section>
      <Section title='三、全年工作数据'>
        <Card>
          <Text className='xq-st-muted'>周报 {c.figures.weeklyReports} 份，关注 {c.figures.concerns} 人次；月报按时 {c.figures.monthly.onTime}/{c.figures.monthly.due}</Text>
          <Text className='xq-st-muted'>即时报告 {c.figures.alerts.total} 起，时限内确认 {pctText(c.figures.alerts.share)}；谈话 {c.figures.talks} 次；朋辈谈心 {c.figures.peerTalks.confirmed} 次</Text>
          {c.figures.screenings.map((s) => <Text key={s.name} className='xq-st-muted'>{s.name}：参测率 {pctText(s.rate)}{s.complete ? '（已完成）' : ''}</Text>)}
        </Card>
      </Section>
    </View>
  )
}
