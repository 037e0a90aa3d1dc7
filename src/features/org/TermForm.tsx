import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { addDays, isValidDate, mondayOnOrAfter, todayInShanghai, weekdayOf } from '../../../domain/calendar'
import { Button, Card, CheckboxGroup, Field, FieldGroup, Select, TextInput } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { fetchTerm, saveTerm, type TermView } from '../../services/api/identity'
import type { TermGetOutput } from '../../../types/api/identity'
import { fieldErrorMap } from '../../services/errors'
import { WEEKDAYS } from './format'
import '../../styles/org.scss'

interface Form {
  termId?: string
  name: string
  startDate: string
  weeks: string
  weeksOff: string[]
  deadlineWeekday: string
  deadlineTime: string
  ackLimitMinutes: string
}

const fromTerm = (t: TermView | null, ack: number): Form => ({
  termId: t?._id,
  name: t?.name ?? '',
  startDate: t?.startDate ?? '',
  weeks: String(t?.weeks ?? 18),
  weeksOff: (t?.weeksOff ?? []).map(String),
  deadlineWeekday: String(t?.deadlineWeekday ?? 7),
  deadlineTime: t?.deadlineTime ?? '22:00',
  ackLimitMinutes: String(ack),
})

function validate(f: Form): Record<string, string> {
  const e: Record<string, string> = {}
  if (f.name.trim().length < 2) e.name = '请填写学期名称，如 2026-2027学年第一学期'
  if (!isValidDate(f.startDate)) e.startDate = '请选择开学第 1 周的周一'
  else if (weekdayOf(f.startDate) !== 1) e.startDate = '学期第 1 周须从周一开始'
  const w = Number(f.weeks)
  if (!Number.isInteger(w) || w < 1 || w > 30) e.weeks = '周数应为 1–30'
  const ack = Number(f.ackLimitMinutes)
  if (!Number.isInteger(ack) || ack < 5 || ack > 1440) e.ackLimitMinutes = '应为 5–1440 分钟'
  return e
}

/** 学期设置（站长）：开学周一、周数、假期周、周报截止时间、即时报告确认时限 */
export function TermForm() {
  const state = useRemote(() => fetchTerm(), [])
  return <RemoteView remote={state}>{(t) => <TermEditor t={t} onSaved={() => void state.reload()} />}</RemoteView>
}

function TermEditor({ t, onSaved }: { t: TermGetOutput; onSaved: () => void }) {
  const [form, setForm] = useState<Form>(() => fromTerm(t.current, t.ackLimitMinutes))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm({ ...form, [k]: v })
  const weeks = Math.min(30, Math.max(1, Number(form.weeks) || 1))
  const weekOptions = Array.from({ length: weeks }, (_, i) => ({ value: String(i + 1), label: `第${i + 1}周` }))

  const saving = useAction(async () => {
    const res = await saveTerm({
      ...(form.termId ? { termId: form.termId } : {}),
      name: form.name.trim(),
      startDate: form.startDate,
      weeks,
      weeksOff: form.weeksOff.map(Number).filter((w) => w <= weeks),
      deadlineWeekday: Number(form.deadlineWeekday),
      deadlineTime: form.deadlineTime,
      ackLimitMinutes: Number(form.ackLimitMinutes),
    })
    setErrors(res.ok ? {} : fieldErrorMap(res.error))
    return res
  }, {
    success: '已保存',
    onDone: (saved) => {
      onSaved()
      setForm(fromTerm(saved.terms.find((x) => x.startDate === form.startDate) ?? saved.current, saved.ackLimitMinutes))
    },
  })
  const save = () => {
    const local = validate(form)
    setErrors(local)
    if (!Object.keys(local).length) void saving.run()
  }

  const { current, currentWeek, terms } = t
  return (
    <View className='xq-org'>
      <Card title='当前学期'>
        <Text className='xq-org__muted'>
          {current ? `${current.name} · ${currentWeek ? `第 ${currentWeek} 周` : '不在学期内'} · 共 ${current.weeks} 周` : '尚未设置学期'}
        </Text>
        {terms.length > 1 && (
          <View className='xq-org__actions'>
            {terms.map((x) => (
              <Button key={x._id} size='sm' variant={x._id === form.termId ? 'primary' : 'secondary'} onClick={() => setForm(fromTerm(x, t.ackLimitMinutes))}>
                {x.name}
              </Button>
            ))}
            <Button size='sm' variant='secondary' onClick={() => setForm(fromTerm(null, t.ackLimitMinutes))}>新建学期</Button>
          </View>
        )}
        {terms.length <= 1 && form.termId && (
          <View className='xq-org__actions'>
            <Button size='sm' variant='secondary' onClick={() => setForm(fromTerm(null, t.ackLimitMinutes))}>新建下一学期</Button>
          </View>
        )}
      </Card>
      <FieldGroup title={form.termId ? '编辑学期' : '新建学期'}>
        <Field label='学期名称' required error={errors.name}>
          <TextInput name='name' value={form.name} onChange={(v) => set('name', v)} placeholder='2026-2027学年第一学期' maxLength={40} />
        </Field>
        <Field label='第 1 周周一' required error={errors.startDate} hint={isValidDate(form.startDate) ? `最后一周结束于 ${addDays(form.startDate, weeks * 7 - 1)}` : undefined}>
          <Picker mode='date' value={form.startDate || mondayOnOrAfter(todayInShanghai())} onChange={(e) => set('startDate', String(e.detail.value))}>
            <View className='xq-select'>
              <Text className={form.startDate ? 'xq-select__value' : 'xq-select__placeholder'}>{form.startDate || '选择日期'}</Text>
            </View>
          </Picker>
        </Field>
        <Field label='周数' required error={errors.weeks}>
          <TextInput name='weeks' type='number' value={form.weeks} onChange={(v) => set('weeks', v)} maxLength={2} />
        </Field>
        <Field label='假期周（无需填报）' error={errors.weeksOff}>
          <CheckboxGroup options={weekOptions} value={form.weeksOff} onChange={(v) => set('weeksOff', v)} />
        </Field>
        <Field label='周报截止'>
          <View className='xq-org__search'>
            <View style={{ flex: 1 }}>
              <Select options={WEEKDAYS.map((w, i) => ({ value: String(i + 1), label: w }))} value={form.deadlineWeekday} onChange={(v) => set('deadlineWeekday', v)} />
            </View>
            <Picker mode='time' value={form.deadlineTime} onChange={(e) => set('deadlineTime', String(e.detail.value))}>
              <View className='xq-select'><Text className='xq-select__value'>{form.deadlineTime}</Text></View>
            </Picker>
          </View>
        </Field>
        <Field label='即时报告确认时限（分钟）' error={errors.ackLimitMinutes} hint='辅导员超时未确认将升级给站长'>
          <TextInput name='ack' type='number' value={form.ackLimitMinutes} onChange={(v) => set('ackLimitMinutes', v)} maxLength={4} />
        </Field>
      </FieldGroup>
      <Button block size='lg' loading={saving.busy} onClick={save}>保存学期设置</Button>
    </View>
  )
}
