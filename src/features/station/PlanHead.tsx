/**
 * 站长 · 学年工作计划：条目（做什么、几月、谁负责、服务哪个考核指标）及其关联的记录；
 * 月份已过而没有关联记录的条目标红。新增条目、提交给校心理中心。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { DEFAULT_ITEMS } from '../../../domain/assessment/table'
import type { AssessmentItemId } from '../../../types/assessment'
import { Button, Card, Empty, ErrorState, Field, Loading, Page, Section, Select, showError, showSuccess, Tag, TextInput } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { getPlan, savePlan, submitPlan, type PlanView } from '../../services/api/station'
import './station.scss'

const ITEM_OPTIONS = DEFAULT_ITEMS.map((i) => ({ value: i.id, label: i.name }))

function AddItem({ plan, onSaved }: { plan: PlanView; onSaved: (p: PlanView) => void }) {
  const [what, setWhat] = useState('')
  const [month, setMonth] = useState('')
  const [who, setWho] = useState('')
  const [item, setItem] = useState<AssessmentItemId>('routine')
  const add = async () => {
    const items = [
      ...plan.items.map((i) => ({ id: i.id, what: i.what, month: i.month, who: i.who, assessmentItemId: i.assessmentItemId as AssessmentItemId, links: i.links.map((l) => ({ kind: l.kind, id: l.id })) })),
      { what, month, who, assessmentItemId: item, links: [] },
    ]
    const r = await savePlan({ schoolYear: plan.schoolYear, items })
    if (!r.ok) return showError(r.error)
    setWhat('')
    setMonth('')
    showSuccess('已加入计划')
    onSaved(r.data)
  }
  return (
    <Card title='新增计划条目'>
      <Field label='做什么' required><TextInput name='plan-what' value={what} onChange={setWhat} placeholder='如 新生心理委员培训' /></Field>
      <Field label='月份' required><TextInput name='plan-month' value={month} onChange={setMonth} placeholder='YYYY-MM' /></Field>
      <Field label='负责人' required><TextInput name='plan-who' value={who} onChange={setWho} /></Field>
      <Field label='考核指标'><Select options={ITEM_OPTIONS} value={item} onChange={setItem} /></Field>
      <Button block onClick={() => void add()}>加入计划</Button>
    </Card>
  )
}

export function PlanHead() {
  // 学年由函数按它的时钟决定（当前学年），页面不读设备时间
  const plan = useRemote(() => getPlan({}), [])
  const [local, setLocal] = useState<PlanView | null>(null)
  if (plan.status === 'error' && !plan.data) return <ErrorState error={plan.error} onRetry={() => void plan.reload()} />
  const p = local ?? plan.data
  if (!p) return <Loading />
  const schoolYear = p.schoolYear
  const submitted = p.status === 'submitted'
  const submit = async () => {
    const r = await submitPlan(schoolYear)
    if (!r.ok) return showError(r.error)
    showSuccess('已提交校心理中心')
    setLocal(r.data)
  }
  return (
    <Page title='工作计划' subtitle={`${schoolYear} 学年${submitted ? ` · 已于 ${p.submittedAt?.slice(0, 10)} 提交` : ''}`}>
      {p.flaggedCount > 0 && <Card accent='crisis' title={`${p.flaggedCount} 个条目月份已过，还没有关联记录`} />}
      <Section title={`计划条目 ${p.items.length} 项`}>
        {p.items.length === 0 ? <Empty icon='计' title='还没有计划条目' /> : p.items.map((i) => (
          <Card key={i.id} className='xq-st-plan-item' title={`${i.month} · ${i.what}`} accent={i.flagged ? 'crisis' : undefined}
            extra={<Tag tone={i.links.length ? 'success' : i.flagged ? 'danger' : 'neutral'}>{i.links.length ? '已有记录' : i.flagged ? '未完成' : '待开展'}</Tag>}>
            <View>
              <Text className='xq-st-muted'>{i.who} · {i.assessmentItemName}</Text>
              {i.links.map((l) => <Text key={`${l.kind}:${l.id}`} className='xq-st-muted'>{l.kindLabel}：{l.label}</Text>)}
            </View>
          </Card>
        ))}
      </Section>
      {!submitted && <AddItem plan={p} onSaved={setLocal} />}
      {!submitted && p.items.length > 0 && <Button block onClick={() => void submit()}>提交校心理中心</Button>}
    </Page>
  )
}
