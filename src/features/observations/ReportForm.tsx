/**
 * 填报周报：第一问“本周有无需要关注的情况”；无 → 一键零报告；有 → 总体情况、重大事件、关注条目。
 * 每次修改都自动存草稿；提交的幂等键见 draft.ts。
 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { OBS_LIMITS } from '../../../types/api/observations'
import { Button, Field, FieldGroup, RadioGroup, TextArea, showError } from '../../components'
import type { StudentView } from '../../services/api/identity'
import { submitReport, type ReportView } from '../../services/api/observations'
import { useAction } from '../../hooks/useAction'
import { fieldErrorMap } from '../../services/errors'
import { useLeaveGuard } from '../../components/Page/leaveGuard'
import { pruneErrors } from '../../shared/forms/useLiveErrors'
import { ConcernEditor } from './ConcernEditor'
import {
  clearDraft, draftFromReport, emptyConcern, emptyDraft, loadDraft, prepareAttempt, saveDraft, validatePayload,
  type DraftScope, type ReportDraft,
} from './draft'
import { dueText, timeText } from './format'
import './observations.scss'

export interface ReportFormProps {
  scope: DraftScope
  /** “班级/宿舍”字样 */
  unitWord: '班级' | '宿舍'
  dueIso: string
  existing: ReportView | null
  roster: StudentView[]
  onSubmitted: (report: ReportView) => void
}

const YES_NO = [
  { value: 'no', label: '无' },
  { value: 'yes', label: '有' },
] as const

/** 以 'concerns.<i>.' 开头的错误 → 该条目的字段错误 */
function concernErrors(errors: Record<string, string>, i: number): Record<string, string> {
  const prefix = `concerns.${i}.`
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(errors)) if (k.startsWith(prefix)) out[k.slice(prefix.length).split('.')[0]] ||= v
  return out
}

export function ReportForm({ scope, unitWord, dueIso, existing, roster, onSubmitted }: ReportFormProps) {
  const [initial] = useState(() => {
    const saved = loadDraft(scope)
    return { draft: saved ?? (existing ? draftFromReport(existing) : emptyDraft()), restored: !!saved && saved.savedAt > 0 }
  })
  const [draft, setDraft] = useState<ReportDraft>(initial.draft)
  const [restored, setRestored] = useState(initial.restored)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [touched, setTouched] = useState(false)
  useLeaveGuard(touched)
  const late = Date.now() > new Date(dueIso).getTime()

  const update = (next: ReportDraft) => {
    setDraft(next)
    saveDraft(scope, next)
    setTouched(true)
    // 已标红的字段一旦填对就去掉错误
    setErrors((prev) => (Object.keys(prev).length ? pruneErrors(prev, validatePayload(prepareAttempt(next, scope).payload)) : prev))
  }
  const discard = () => {
    clearDraft(scope)
    setDraft(existing ? draftFromReport(existing) : emptyDraft())
    setRestored(false)
    setErrors({})
    setTouched(false)
  }

  const send = useAction((payload: Parameters<typeof submitReport>[0]) => submitReport(payload), {
    onDone: (report) => {
      clearDraft(scope)
      setTouched(false)
      onSubmitted(report)
    },
    onError: (e) => setErrors(fieldErrorMap(e)),
  })

  function submit(zero: boolean) {
    const d: ReportDraft = zero ? { ...draft, hasConcern: false } : draft
    const { payload, pending } = prepareAttempt(d, scope)
    const local = validatePayload(payload)
    setErrors(local)
    if (Object.keys(local).length > 0) {
      showError('请检查标红的内容')
      return
    }
    update({ ...d, pending })
    void send.run(payload)
  }

  const setConcern = (i: number, next: ReportDraft['concerns'][number]) =>
    update({ ...draft, concerns: draft.concerns.map((c, j) => (j === i ? next : c)) })

  return (
    <View className='xq-obs-form'>
      {existing?.status === 'returned' && (
        <View className='xq-obs-banner xq-obs-banner--returned'>
          <Text className='xq-obs-banner__title'>辅导员退回了本周周报，请修改后重新提交</Text>
          <Text>{existing.reviewComment}</Text>
        </View>
      )}
      {existing?.status === 'submitted' && (
        <View className='xq-obs-banner xq-obs-banner--info'>
          <Text>已于 {timeText(existing.submittedAt)} 提交{existing.onTime ? '' : '（迟报）'}，辅导员审阅前可以修改。</Text>
        </View>
      )}
      {restored && (
        <View className='xq-obs-banner xq-obs-banner--info'>
          <Text>已恢复上次未提交的草稿</Text>
          <Text className='xq-obs-banner__link' onClick={discard}>放弃草稿</Text>
        </View>
      )}

      <View className='xq-obs-question'>
        <Text className='xq-obs-question__title'>本周有无需要关注的情况</Text>
        <RadioGroup
          look='segmented'
          options={YES_NO}
          value={draft.hasConcern === null ? null : draft.hasConcern ? 'yes' : 'no'}
          onChange={(v) => update({ ...draft, hasConcern: v === 'yes', concerns: v === 'yes' && draft.concerns.length === 0 ? [emptyConcern()] : draft.concerns })}
        />
        <Text className='xq-obs-question__hint'>截止 {dueText(dueIso)}。没有情况选“无”，一键提交零报告。</Text>
      </View>

      {draft.hasConcern === false && (
        <View className='xq-obs-zero'>
          <Text className='xq-obs-zero__desc'>
            本周{unitWord}没有需要关注的情况，提交零报告即可。{late ? '截止时间已过，现在提交记为迟报。' : '零报告同样计入按时报送。'}
          </Text>
          <Button block size='lg' loading={send.busy} onClick={() => submit(true)}>提交零报告</Button>
        </View>
      )}

      {draft.hasConcern === true && (
        <>
          <FieldGroup>
            <Field label='总体情况' required error={errors.overall}>
              <TextArea
                name='overall'
                value={draft.overall}
                maxLength={OBS_LIMITS.overall}
                placeholder={`本周${unitWord}整体的心理状况`}
                invalid={!!errors.overall}
                onChange={(overall) => update({ ...draft, overall })}
              />
            </Field>
            <Field label='重大事件' error={errors.majorEvents}>
              <TextArea
                name='majorEvents'
                value={draft.majorEvents}
                maxLength={OBS_LIMITS.majorEvents}
                placeholder='选填，如考试、竞赛、突发事件'
                onChange={(majorEvents) => update({ ...draft, majorEvents })}
              />
            </Field>
          </FieldGroup>
          {errors.concerns && (
            <View className='xq-obs-crisis-note'>
              <Text>{errors.concerns}</Text>
            </View>
          )}
          {draft.concerns.map((c, i) => (
            <ConcernEditor
              key={c.key}
              index={i}
              value={c}
              roster={roster}
              takenIds={draft.concerns.filter((_, j) => j !== i).map((x) => x.studentId).filter(Boolean)}
              errors={concernErrors(errors, i)}
              onChange={(next) => setConcern(i, next)}
              onRemove={() => update({ ...draft, concerns: draft.concerns.filter((_, j) => j !== i) })}
            />
          ))}
          {draft.concerns.length < OBS_LIMITS.concerns && (
            <Button variant='secondary' block onClick={() => update({ ...draft, concerns: [...draft.concerns, emptyConcern()] })}>
              添加关注学生
            </Button>
          )}
          <View className='xq-obs-zero'>
            <Button block size='lg' loading={send.busy} onClick={() => submit(false)}>
              {existing ? '提交修改' : '提交周报'}
            </Button>
          </View>
        </>
      )}
    </View>
  )
}
