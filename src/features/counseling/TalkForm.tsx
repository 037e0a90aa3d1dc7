/** 新建谈心谈话记录；从约谈任务、即时报告或周报关注条目发起时预填学生与来源，保存后关闭任务 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import {
  LEVELS, LEVEL_LABELS, TALK_FORMS, TALK_FORM_LABELS, TALK_SOURCES, TALK_SOURCE_LABELS, TALK_TYPES, TALK_TYPE_LABELS,
  type Level, type TalkForm as TalkFormKind, type TalkSource, type TalkType,
} from '../../../types/domain'
import { Button, Card, ErrorState, Field, FieldGroup, Loading, RadioGroup, Switch, TextArea, TextInput } from '../../components'
import { useAction } from '../../hooks/useAction'
import { fieldErrorMap } from '../../services/errors'
import { createTalk, prefillTalk, type TalkPrefill } from '../../services/api/counseling'
import type { AppErrorBody } from '../../../types/result'
import { DraftBanner, useDraft, useLiveErrors } from '../../shared/forms'
import { pageUrl } from '../../shared/navigation'
import './counseling.scss'
import { DateField, StudentPicker, today } from '../../shared/forms'
import { TASK_SOURCE_LABELS } from '../../../types/domain'

const opts = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }))

export interface TalkSourceQuery { taskId?: string; alertId?: string; reportId?: string; concernId?: string; studentId?: string; studentName?: string }

interface TalkFormState {
  student: { id: string; name: string } | null
  date: string
  place: string
  form: TalkFormKind
  type: TalkType
  source: TalkSource
  level: Level
  summary: string
  measures: string
  followUp: string
  referred: boolean
}

function validateTalk(v: TalkFormState): Record<string, string> {
  const out: Record<string, string> = {}
  if (!v.student) out.studentId = '请选择学生'
  if (!v.summary.trim()) out.summary = '请填写谈话内容'
  if (!v.place.trim()) out.place = '请填写谈话地点'
  if (v.followUp && v.followUp < v.date) out.followUpDate = '下次跟进日期不能早于谈话日期'
  return out
}

/** 草稿按来源区分：同一任务、告警、关注条目或学生各一份；单独打开的表单一份 */
function draftNameOf(q: TalkSourceQuery): string {
  if (q.taskId) return `talk.new.task.${q.taskId}`
  if (q.alertId) return `talk.new.alert.${q.alertId}`
  if (q.reportId && q.concernId) return `talk.new.concern.${q.reportId}.${q.concernId}`
  if (q.studentId) return `talk.new.student.${q.studentId}`
  return 'talk.new'
}

export function TalkForm({ query, pkg = 'counselor' }: { query: TalkSourceQuery; pkg?: 'counselor' | 'head' }) {
  const fromSource = !!(query.taskId || query.alertId || (query.reportId && query.concernId))
  const [prefill, setPrefill] = useState<TalkPrefill | null>(null)
  const [loadError, setLoadError] = useState<AppErrorBody | null>(null)
  const draft = useDraft<TalkFormState>(draftNameOf(query), () => ({
    student: query.studentId ? { id: query.studentId, name: query.studentName ?? '' } : null,
    date: today(), place: '辅导员办公室', form: 'in_person', type: 'daily', source: 'self_initiated', level: 'general',
    summary: '', measures: '', followUp: '', referred: false,
  }))
  const { student, date, place, form, type, source, level, summary, measures, followUp, referred } = draft.value
  const { patch, rebase } = draft
  const initial = useRef(draft.value)
  const [errors, setErrors] = useLiveErrors(draft.value, validateTalk)
  const requestId = useRef(`t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`)

  useEffect(() => {
    if (!fromSource) return
    void (async () => {
      const res = await prefillTalk(
        query.taskId ? { taskId: query.taskId } : query.alertId ? { alertId: query.alertId } : { concern: { reportId: query.reportId!, concernId: query.concernId! } },
      )
      if (!res.ok) return setLoadError(res.error)
      const p = res.data
      setPrefill(p)
      const fromPrefill: Partial<TalkFormState> = {
        student: { id: p.studentId, name: p.studentName }, source: p.source,
        ...(p.level ? { level: p.level } : {}),
        ...(p.level === 'key' ? { type: 'key_care' as const } : p.level === 'crisis' ? { type: 'crisis' as const } : {}),
      }
      rebase({ ...initial.current, ...fromPrefill })
      // 来源决定的学生与来源不随草稿变
      patch({ student: fromPrefill.student!, source: p.source })
    })()
  }, [fromSource, query.taskId, query.alertId, query.reportId, query.concernId, patch, rebase])

  const save = useAction(() => createTalk({
      studentId: student!.id, date, place: place.trim(), form, type, source, summary: summary.trim(), level, measures: measures.trim(),
      ...(followUp ? { followUpDate: followUp } : {}), referred, requestId: requestId.current,
      ...(query.taskId ? { fromTaskId: query.taskId } : {}),
      ...(query.alertId ? { fromAlertId: query.alertId } : {}),
      ...(query.reportId && query.concernId ? { fromConcern: { reportId: query.reportId, concernId: query.concernId } } : {}),
    }), {
    success: (d) => (d.taskClosed ? '已记录，任务完成' : '已记录'),
    onDone: (d) => {
      draft.clear()
      void Taro.redirectTo({ url: pageUrl(pkg, 'talk-detail', { id: d.talk.id }) })
    },
    onError: (e) => setErrors(fieldErrorMap(e)),
  })

  if (loadError) return <ErrorState error={loadError} />
  if (fromSource && !prefill) return <Loading />

  const submit = () => {
    const local = validateTalk(draft.value)
    setErrors(local)
    if (Object.keys(local).length === 0) void save.run()
  }

  return (
    <View>
      <DraftBanner restored={draft.restored} onDiscard={draft.discard} />
      {prefill && (
        <Card title={`来源：${prefill.taskSource ? TASK_SOURCE_LABELS[prefill.taskSource] : TALK_SOURCE_LABELS[prefill.source]}`} accent={prefill.level}>
          <Text className='xq-cn-line'>{prefill.studentName} · {prefill.className}{prefill.level ? ` · ${LEVEL_LABELS[prefill.level]}` : ''}</Text>
          {prefill.categories?.length ? <Text className='xq-cn-line xq-cn-muted'>{prefill.categories.join('、')}</Text> : null}
          {prefill.description && <Text className='xq-cn-line'>{prefill.description}</Text>}
          {prefill.taskStatus === 'open' && <Text className='xq-cn-line xq-cn-muted'>保存后该约谈任务自动完成</Text>}
        </Card>
      )}
      <FieldGroup title='基本信息'>
        <Field label='学生' required error={errors.studentId}>
          {fromSource ? <Text className='xq-cn-line'>{student?.name}</Text> : <StudentPicker value={student} onChange={(s) => patch({ student: s })} invalid={!!errors.studentId} />}
        </Field>
        <Field label='谈话日期' required error={errors.date}>
          <DateField value={date} end={today()} onChange={(v) => patch({ date: v })} />
        </Field>
        <Field label='地点' required error={errors.place}>
          <TextInput name='place' value={place} maxLength={50} invalid={!!errors.place} onChange={(v) => patch({ place: v })} />
        </Field>
        <Field label='形式' required>
          <RadioGroup look='segmented' options={opts(TALK_FORMS, TALK_FORM_LABELS)} value={form} onChange={(v) => patch({ form: v })} />
        </Field>
        <Field label='类型' required error={errors.type}>
          <RadioGroup options={opts(TALK_TYPES, TALK_TYPE_LABELS)} value={type} onChange={(v) => patch({ type: v })} />
        </Field>
        <Field label='来源' required>
          <RadioGroup options={opts(TALK_SOURCES, TALK_SOURCE_LABELS)} value={source} onChange={(v) => patch({ source: v })} disabled={fromSource} />
        </Field>
      </FieldGroup>
      <FieldGroup title='谈话情况'>
        <Field label='谈话内容' required error={errors.summary}>
          <TextArea name='summary' value={summary} maxLength={2000} placeholder='谈话要点、学生状态' invalid={!!errors.summary} onChange={(v) => patch({ summary: v })} />
        </Field>
        <Field label='评估等级' required>
          <RadioGroup look='segmented' options={opts(LEVELS, LEVEL_LABELS)} value={level} onChange={(v) => patch({ level: v })} />
        </Field>
        <Field label='措施' error={errors.measures}>
          <TextArea name='measures' value={measures} maxLength={1000} placeholder='已采取或计划的措施' onChange={(v) => patch({ measures: v })} />
        </Field>
        <Field label='下次跟进' error={errors.followUpDate}>
          <DateField value={followUp} start={date} placeholder='不需要可不选' invalid={!!errors.followUpDate} onChange={(v) => patch({ followUp: v })} />
        </Field>
        <Field label='已转介' inline>
          <Switch checked={referred} onChange={(v) => patch({ referred: v })} />
        </Field>
      </FieldGroup>
      <Button block size='lg' loading={save.busy} onClick={submit}>保存谈话记录</Button>
    </View>
  )
}
