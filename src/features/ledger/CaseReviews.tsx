/** 研判会：列表（辅导员只看到所带学生），站长记录一次研判（从重点关注库选学生并给出结论） */
import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { LEVELS, LEVEL_LABELS, type Level } from '../../../types/domain'
import { CASE_DECISION_LABELS, CASE_DECISIONS, type CaseDecision } from '../../../types/models-ledger'
import { Button, Card, Field, FieldGroup, RadioGroup, Select, showError, Tag, TextInput } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { useAction } from '../../hooks/useAction'
import { useList } from '../../hooks/useList'
import { listKeyCare, type KeyCareListItem } from '../../services/api/counseling'
import { createCaseReview, listCaseReviews } from '../../services/api/ledger'
import { DateField, today } from '../../shared/forms'
import './ledger.scss'

const OUTCOME_TEXT = { applied: '已生效', pending_approval: '待站长审批', kept: '维持' } as const

function ReviewForm({ onDone }: { onDone: () => void }) {
  const [entries, setEntries] = useState<KeyCareListItem[]>([])
  const [date, setDate] = useState(today())
  const [attendees, setAttendees] = useState('')
  const [studentId, setStudentId] = useState<string | null>(null)
  const [decision, setDecision] = useState<CaseDecision>('keep')
  const [level, setLevel] = useState<Level>('key')
  const [note, setNote] = useState('')
  useEffect(() => {
    void listKeyCare({}).then((r) => r.ok && setEntries(r.data.items.filter((e) => e.status !== 'closed')))
  }, [])
  const save = useAction((studentId: string) => createCaseReview({
    date, attendees: attendees.split(/[、,，\s]+/).filter(Boolean),
    items: [{ studentId, decision, note, ...(decision === 'level' ? { level } : {}), ...(decision === 'refer' ? { referTo: 'center' as const, party: '校心理中心' } : {}) }],
  }), { success: (r) => (r.items[0]?.outcome === 'pending_approval' ? '已记录，结论待站长审批' : '已记录'), onDone })
  const submit = () => (studentId ? void save.run(studentId) : showError('请选择研判的学生'))
  return (
    <Card title='记录研判会'>
      <FieldGroup>
        <Field label='日期' required><DateField value={date} end={today()} onChange={setDate} /></Field>
        <Field label='参会人' required hint='用顿号分隔'><TextInput name='attendees' value={attendees} maxLength={200} onChange={setAttendees} /></Field>
        <Field label='研判学生' required><Select options={entries.map((e) => ({ value: e.studentId, label: `${e.studentName}（${LEVEL_LABELS[e.level]}）` }))} value={studentId} onChange={setStudentId} /></Field>
        <Field label='结论' required><RadioGroup options={CASE_DECISIONS.map((d) => ({ value: d, label: CASE_DECISION_LABELS[d] }))} value={decision} onChange={setDecision} /></Field>
        {decision === 'level' && <Field label='新等级'><RadioGroup options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} value={level} onChange={setLevel} /></Field>}
        <Field label='研判意见' required={decision === 'close'}><TextInput name='note' value={note} maxLength={300} onChange={setNote} /></Field>
      </FieldGroup>
      <Button block loading={save.busy} onClick={submit}>保存</Button>
    </Card>
  )
}

export function CaseReviewList({ canCreate }: { canCreate: boolean }) {
  const list = useList((page, pageSize) => listCaseReviews({ page, pageSize }), [])
  return (
    <View>
      <RemoteList list={list} empty={{ title: '还没有研判会记录' }} header={() => canCreate && <ReviewForm onDone={() => void list.reload()} />} renderItem={(m) => (
        <Card key={m.id} title={`${m.date} 研判会`} extra={`${m.total} 人`}>
          <Text className='xq-lg-muted'>参会：{m.attendees.join('、')}{m.nextDate ? ` · 下次 ${m.nextDate}` : ''}</Text>
          {m.items.map((it) => (
            <View key={it.studentId} className='xq-lg-row'>
              <Text className='xq-lg-row__main'>{it.studentName} · {CASE_DECISION_LABELS[it.decision]}{it.level ? ` → ${LEVEL_LABELS[it.level]}` : ''}</Text>
              <Tag tone={it.outcome === 'pending_approval' ? 'key' : 'success'}>{OUTCOME_TEXT[it.outcome]}</Tag>
            </View>
          ))}
        </Card>
      )} />
    </View>
  )
}
