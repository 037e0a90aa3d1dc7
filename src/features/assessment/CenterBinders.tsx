/**
 * 校心理中心 · 考核比较：各站并列（自评分、中心评分、等级、名次；只有数字），点进一站逐项评分或退回。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button, Card, CommentSheet, Field, Page, Section, Tag, TextArea, TextInput } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { compareBinders, getBinder, returnBinder, reviewItem, type BinderView } from '../../services/api/assessment'
import { openPage, pageUrl } from '../../shared/navigation'
import { parseScore, scoreText } from '../../shared/assessment/targets'
import './assessment.scss'

const STATUS = { none: '未提交', draft: '未提交', submitted: '已提交', returned: '已退回' } as const

export function CenterCompare({ schoolYear }: { schoolYear?: string }) {
  const remote = useRemote(() => compareBinders(schoolYear), [schoolYear])
  return (
    <RemoteView remote={remote}>{(v) => (
      <Page title='考核比较' subtitle={`${v.schoolYear} 学年`}>
        {v.rows.map((r) => (
          <Card
            key={r.stationId}
            title={`${r.rank ? `第 ${r.rank} 名 · ` : ''}${r.stationName}`}
            extra={<Tag tone={r.status === 'submitted' ? 'success' : 'neutral'}>{STATUS[r.status]}</Tag>}
            onClick={r.status === 'none' ? undefined : () => openPage(pageUrl('center', 'binder-review', { stationId: r.stationId, schoolYear: v.schoolYear }))}
          >
            <Text className='xq-binder-muted'>自评 {scoreText(r.selfTotal)} · 中心评分 {scoreText(r.panelTotal)}{r.gradeLabel ? ` · ${r.gradeLabel}` : ''}</Text>
          </Card>
        ))}
      </Page>
    )}</RemoteView>
  )
}

function PanelItem({ v, item, onSaved }: { v: BinderView; item: BinderView['items'][number]; onSaved: () => void }) {
  const [score, setScore] = useState(item.panel ? String(item.panel.score) : '')
  const [comment, setComment] = useState(item.panel?.comment ?? '')
  const [error, setError] = useState<string>()
  const save = useAction((score: number) => reviewItem({ schoolYear: v.schoolYear, stationId: v.stationId, itemId: item.itemId, score, comment }), { success: '已保存评分', onDone: onSaved })
  const check = () => {
    const p = parseScore(score, item.max)
    setError(p.ok ? undefined : p.message)
    if (p.ok) void save.run(p.score)
  }
  return (
    <Card title={`${item.name}（满分 ${item.max}）`} extra={<Tag tone='primary'>{`自评 ${scoreText(item.self?.score)}`}</Tag>}>
      {item.self?.comment && <Text className='xq-binder-muted'>{item.self.comment}</Text>}
      <Text className='xq-binder-muted'>建议分 {scoreText(item.suggested)}</Text>
      {v.status === 'submitted' && (
        <View>
          <Field label='中心评分' error={error}><TextInput name={`panel-${item.itemId}`} type='digit' value={score} onChange={setScore} /></Field>
          <Field label='意见'><TextArea name={`panel-comment-${item.itemId}`} value={comment} maxLength={500} onChange={setComment} /></Field>
          <Button size='sm' loading={save.busy} onClick={check}>保存评分</Button>
        </View>
      )}
    </Card>
  )
}

export function CenterReview({ stationId, schoolYear }: { stationId: string; schoolYear: string }) {
  const remote = useRemote(() => getBinder({ stationId, schoolYear }), [stationId, schoolYear])
  return <RemoteView remote={remote}>{(v) => <Review v={v} onChanged={() => void remote.reload()} />}</RemoteView>
}

function Review({ v, onChanged: reload }: { v: BinderView; onChanged: () => void }) {
  const { schoolYear, stationId } = v
  const [returning, setReturning] = useState(false)
  const ret = useAction((comment: string) => returnBinder({ schoolYear, stationId, comment }), { success: '已退回', onDone: reload })
  return (
    <Page title='考核评分' subtitle={`${schoolYear} 学年 · 第${v.version}版 · 自评 ${scoreText(v.selfTotal)} · 中心 ${scoreText(v.panelTotal)}${v.gradeLabel ? `（${v.gradeLabel}）` : ''}`}>
      <Section title='逐项评分'>
        {v.items.map((item) => <PanelItem key={item.itemId} v={v} item={item} onSaved={reload} />)}
      </Section>
      {v.status === 'submitted' && <Button variant='secondary' onClick={() => setReturning(true)}>退回</Button>}
      {returning && (
        <CommentSheet title='退回考核手册' name='binder-return' maxLength={500} danger confirmText='退回' onClose={() => setReturning(false)} onConfirm={ret.run} />
      )}
    </Page>
  )
}
