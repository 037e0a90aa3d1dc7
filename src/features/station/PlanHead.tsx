/**
 * 站长 · 学年工作计划：条目（做什么、几月、谁负责、服务哪个考核指标）及其关联的记录；
 * 月份已过而没有关联记录的条目标红。新增条目、提交给校心理中心。
 */
import { useState } from 'react'
import { DEFAULT_ITEMS } from '../../../domain/assessment/table'
import type { AssessmentItemId } from '../../../types/assessment'
import { Button, Card, Field, Page, Select, TextInput } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { getPlan, savePlan, submitPlan, type PlanView } from '../../services/api/station'
import { PlanItems } from './YearViews'
import './station.scss'

const ITEM_OPTIONS = DEFAULT_ITEMS.map((i) => ({ value: i.id, label: i.name }))

function AddItem({ plan, onSaved }: { plan: PlanView; onSaved: (p: PlanView) => void }) {
  const [what, setWhat] = useState('')
  const [month, setMonth] = useState('')
  const [who, setWho] = useState('')
  const [item, setItem] = useState<AssessmentItemId>('routine')
  const add = useAction(() => savePlan({
    schoolYear: plan.schoolYear,
    items: [
      ...plan.items.map((i) => ({ id: i.id, what: i.what, month: i.month, who: i.who, assessmentItemId: i.assessmentItemId as AssessmentItemId, links: i.links.map((l) => ({ kind: l.kind, id: l.id })) })),
      { what, month, who, assessmentItemId: item, links: [] },
    ],
  }), {
    success: '已加入计划',
    onDone: (p) => {
      setWhat('')
      setMonth('')
      onSaved(p)
    },
  })
  return (
    <Card title='新增计划条目'>
      <Field label='做什么' required><TextInput name='plan-what' value={what} onChange={setWhat} placeholder='如 新生心理委员培训' /></Field>
      <Field label='月份' required><TextInput name='plan-month' value={month} onChange={setMonth} placeholder='YYYY-MM' /></Field>
      <Field label='负责人' required><TextInput name='plan-who' value={who} onChange={setWho} /></Field>
      <Field label='考核指标'><Select options={ITEM_OPTIONS} value={item} onChange={setItem} /></Field>
      <Button block loading={add.busy} onClick={() => void add.run()}>加入计划</Button>
    </Card>
  )
}

export function PlanHead() {
  // 学年由函数按它的时钟决定（当前学年），页面不读设备时间
  const plan = useRemote(() => getPlan({}), [])
  const [local, setLocal] = useState<PlanView | null>(null)
  return <RemoteView remote={{ ...plan, data: local ?? plan.data }}>{(p) => <PlanBody p={p} onChanged={setLocal} />}</RemoteView>
}

function PlanBody({ p, onChanged }: { p: PlanView; onChanged: (p: PlanView) => void }) {
  const schoolYear = p.schoolYear
  const submitted = p.status === 'submitted'
  const submit = useAction(() => submitPlan(schoolYear), { success: '已提交校心理中心', onDone: onChanged })
  return (
    <Page title='工作计划' subtitle={`${schoolYear} 学年${submitted ? ` · 已于 ${p.submittedAt?.slice(0, 10)} 提交` : ''}`}>
      {p.flaggedCount > 0 && <Card accent='crisis' title={`${p.flaggedCount} 个条目月份已过，还没有关联记录`} />}
      <PlanItems plan={p} />
      {!submitted && <AddItem plan={p} onSaved={onChanged} />}
      {!submitted && p.items.length > 0 && <Button block loading={submit.busy} onClick={() => void submit.run()}>提交校心理中心</Button>}
    </Page>
  )
}
