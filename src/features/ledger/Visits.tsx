/** 深入宿舍：辅导员记录走访（需关注学生记为关注或生成约谈任务）；本月走访覆盖（站长看全部辅导员） */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { shanghaiMonth } from '../../../domain/calendar'
import { LEVELS, LEVEL_LABELS, type Level } from '../../../types/domain'
import { Button, Card, Field, FieldGroup, RadioGroup, Select, Switch, Tag, TextArea } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { createVisit, visitCoverage, type VisitCoverageView } from '../../services/api/ledger'
import { fieldErrorMap } from '../../services/errors'
import { DateField, StudentPicker, today } from '../../shared/forms'
import './ledger.scss'

/** month 默认本月（北京时间） */
const useCoverage = (month?: string) => useRemote(() => visitCoverage({ month: month ?? shanghaiMonth(new Date()) }), [month])

export function VisitCoverage({ month }: { month?: string }) {
  const coverage = useCoverage(month)
  return <RemoteView remote={coverage}>{(v) => <CoverageCard v={v} />}</RemoteView>
}

function CoverageCard({ v }: { v: VisitCoverageView }) {
  return (
    <Card title={`本月走访覆盖 · ${v.month}`}>
      {v.rows.map((r) => (
        <View key={r.counselorId} className='xq-lg-row'>
          <View className='xq-lg-row__main'>
            <Text>{r.name}</Text>
            {r.notVisited.length > 0 && <Text className='xq-lg-muted'>未走访：{r.notVisited.map((d) => d.name).join('、')}</Text>}
          </View>
          <Tag tone={r.visited === r.assigned ? 'success' : 'key'}>{r.visited}/{r.assigned}</Tag>
        </View>
      ))}
    </Card>
  )
}

/** 辅导员记录一次走访 */
export function VisitForm() {
  const [dormId, setDormId] = useState<string | null>(null)
  const [date, setDate] = useState(today())
  const [findings, setFindings] = useState('')
  const [student, setStudent] = useState<{ id: string; name: string } | null>(null)
  const [level, setLevel] = useState<Level>('general')
  const [talkTask, setTalkTask] = useState(true)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const coverage = useCoverage()
  const rooms = coverage.data?.rows[0]?.rooms ?? []
  const save = useAction(async (dormId: string) => {
    const concerns = student ? [{ studentId: student.id, follow: talkTask ? 'talk_task' as const : 'concern' as const, level, note: note.trim() || '走访中发现' }] : []
    const r = await createVisit({ dormId, date, findings, concerns })
    setErrors(r.ok ? {} : fieldErrorMap(r.error))
    return r
  }, {
    success: () => (student && talkTask ? '已记录，并生成约谈任务' : '已记录'),
    onDone: () => {
      setFindings('')
      setStudent(null)
      setNote('')
      void coverage.reload()
    },
  })
  const submit = () => (dormId ? void save.run(dormId) : setErrors({ dormId: '请选择宿舍' }))
  return (
    <View>
      <RemoteView remote={coverage}>{(v) => <CoverageCard v={v} />}</RemoteView>
      <Card title='记录走访'>
        <FieldGroup>
          <Field label='宿舍' required error={errors.dormId}>
            <Select options={rooms.map((d) => ({ value: d.dormId, label: `${d.name}${d.visited ? '（本月已走访）' : ''}` }))} value={dormId} onChange={(v) => { setDormId(v); setStudent(null) }} invalid={!!errors.dormId} />
          </Field>
          <Field label='走访日期' required error={errors.date}><DateField value={date} end={today()} onChange={setDate} /></Field>
          <Field label='发现的情况' required error={errors.findings}><TextArea name='findings' value={findings} maxLength={1000} onChange={setFindings} /></Field>
          {dormId && (
            <Field label='需关注的学生（可选）' error={errors['concerns.0.studentId']}>
              <StudentPicker value={student} onChange={setStudent} dormId={dormId} />
            </Field>
          )}
          {student && (
            <>
              <Field label='等级'><RadioGroup options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} value={level} onChange={setLevel} /></Field>
              <Field label='生成约谈任务' inline><Switch checked={talkTask} onChange={setTalkTask} /></Field>
              <Field label='说明' error={errors['concerns.0.note']}><TextArea name='note' value={note} maxLength={200} onChange={setNote} /></Field>
            </>
          )}
        </FieldGroup>
        <Button block loading={save.busy} onClick={submit}>保存走访</Button>
      </Card>
    </View>
  )
}
