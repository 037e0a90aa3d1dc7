/**
 * 新的活动计划：通用字段；心理主题班会可关联晚点名（其班会主题）；
 * 团体心理辅导填写带领人、学生成员（从名册选择）与次数。
 */
import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES, type ActivityType } from '../../../types/models-ledger'
import { Button, Card, Field, FieldGroup, Select, showError, TextInput } from '../../components'
import { useAction } from '../../hooks/useAction'
import { rollCallBoard, type RollCallBoardRow } from '../../services/api/counseling'
import { createActivity } from '../../services/api/ledger'
import { fieldErrorMap } from '../../services/errors'
import { DateField, StudentPicker, today } from '../../shared/forms'

type Member = { id: string; name: string; className: string }

/** 本周（可往前翻）已记录的晚点名，点一下关联 */
function RollCallPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const [week, setWeek] = useState<number | undefined>(undefined)
  const [shown, setShown] = useState<number | null>(null)
  const [rows, setRows] = useState<RollCallBoardRow[]>([])
  useEffect(() => {
    let alive = true
    void rollCallBoard(week ? { week } : {}).then((r) => {
      if (!alive || !r.ok) return
      setShown(r.data.week)
      setRows(r.data.rows.filter((x) => x.rollCallId))
    })
    return () => {
      alive = false
    }
  }, [week])
  return (
    <View className='xq-lg-rollcalls'>
      <View className='xq-lg-row'>
        <Text className='xq-lg-row__main'>{shown ? `第${shown}周的晚点名` : '晚点名'}</Text>
        {shown !== null && shown > 1 && <Text className='xq-lg-link' onClick={() => setWeek(shown - 1)}>上一周</Text>}
      </View>
      {rows.length === 0 && <Text className='xq-lg-muted'>这一周还没有记录的晚点名</Text>}
      {rows.map((x) => {
        const picked = x.rollCallId === value
        return (
          <View key={x.rollCallId} className='xq-lg-row xq-lg-rollcall' onClick={() => onChange(picked ? null : x.rollCallId!)}>
            <Text className='xq-lg-row__main'>{x.className}</Text>
            <Text className={picked ? 'xq-cn-link' : 'xq-lg-muted'}>{picked ? '已关联（点此取消）' : '关联'}</Text>
          </View>
        )
      })}
    </View>
  )
}

export function ActivityPlanForm({ onDone }: { onDone: () => void }) {
  const [type, setType] = useState<ActivityType>('theme')
  const [title, setTitle] = useState('')
  const [theme, setTheme] = useState('')
  const [audience, setAudience] = useState('')
  const [date, setDate] = useState(today())
  const [place, setPlace] = useState('')
  const [rollCallId, setRollCallId] = useState<string | null>(null)
  const [facilitator, setFacilitator] = useState('')
  const [members, setMembers] = useState<Member[]>([])
  const [sessions, setSessions] = useState('1')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const group = type === 'group_counseling'
  const addMember = (m: Member) => setMembers((xs) => (xs.some((x) => x.id === m.id) ? xs : [...xs, m]))
  const create = useAction(async () => {
    const r = await createActivity({
      type, title, theme, audience, date, place,
      ...(type === 'class_meeting' && rollCallId ? { rollCallId } : {}),
      ...(group ? { facilitator, memberIds: members.map((m) => m.id), sessions: Number(sessions) } : {}),
    })
    setErrors(r.ok ? {} : fieldErrorMap(r.error))
    return r
  }, {
    success: '已加入计划',
    onDone: () => {
      setTitle('')
      setMembers([])
      setRollCallId(null)
      onDone()
    },
  })
  const submit = () => (group && members.length === 0 ? showError('请选择团体辅导的成员') : void create.run())
  return (
    <Card title='新的活动计划'>
      <FieldGroup>
        <Field label='类型' required><Select options={ACTIVITY_TYPES.map((t) => ({ value: t, label: ACTIVITY_TYPE_LABELS[t] }))} value={type} onChange={setType} /></Field>
        <Field label='名称' required error={errors.title}><TextInput name='title' value={title} maxLength={60} onChange={setTitle} /></Field>
        <Field label='主题' required error={errors.theme}><TextInput name='theme' value={theme} maxLength={100} onChange={setTheme} /></Field>
        <Field label='对象' required error={errors.audience}><TextInput name='audience' value={audience} maxLength={60} onChange={setAudience} /></Field>
        <Field label='日期' required error={errors.date}><DateField value={date} onChange={setDate} /></Field>
        <Field label='地点' required error={errors.place}><TextInput name='place' value={place} maxLength={60} onChange={setPlace} /></Field>
        {type === 'class_meeting' && (
          <Field label='关联晚点名（可选）' hint='班会主题取自这次晚点名' error={errors.rollCallId}>
            <RollCallPicker value={rollCallId} onChange={setRollCallId} />
          </Field>
        )}
        {group && (
          <>
            <Field label='带领人' required error={errors.facilitator}><TextInput name='facilitator' value={facilitator} maxLength={20} onChange={setFacilitator} /></Field>
            <Field label={`成员（${members.length}/30）`} required error={errors.memberIds}>
              {members.map((m) => (
                <View key={m.id} className='xq-lg-row xq-lg-member'>
                  <Text className='xq-lg-row__main'>{m.name}</Text>
                  <Text className='xq-lg-muted'>{m.className}</Text>
                  <Text className='xq-lg-link' onClick={() => setMembers((xs) => xs.filter((x) => x.id !== m.id))}>移除</Text>
                </View>
              ))}
              {members.length < 30 && <StudentPicker key={members.length} value={null} onChange={addMember} />}
            </Field>
            <Field label='次数' required error={errors.sessions}><TextInput name='sessions' type='number' value={sessions} maxLength={2} onChange={setSessions} /></Field>
          </>
        )}
      </FieldGroup>
      <Button block loading={create.busy} onClick={submit}>加入计划</Button>
    </Card>
  )
}
