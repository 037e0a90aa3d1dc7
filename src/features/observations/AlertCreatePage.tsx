/** 即时报告（填报人首页入口）：学生可选（本人名册），描述必填；提交后立即通知辅导员与站长 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { LEVELS, LEVEL_LABELS, type Level } from '../../../types/domain'
import { OBS_LIMITS } from '../../../types/api/observations'
import { Button, Card, Field, FieldGroup, Page, RadioGroup, TextArea, showSuccess } from '../../components'
import { listStudents } from '../../services/api/identity'
import { createAlert, fetchWeekCurrent, type AlertView } from '../../services/api/observations'
import { fieldErrorMap } from '../../services/errors'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { goHome } from '../../shared/navigation'
import { DraftBanner, useDraft, useLiveErrors } from '../../shared/forms'
import { randomKey } from './draft'
import { timeText } from './format'
import { StudentChooser } from './StudentChooser'
import './observations.scss'

const LEVEL_OPTIONS = LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))

function validateAlert(v: { description: string }): Record<string, string> {
  return v.description.trim() ? {} : { description: '请填写情况描述' }
}

export function AlertCreatePage() {
  const current = useRemote(() => fetchWeekCurrent(), [])
  const unit = current.data?.ownUnit ?? null
  const counselors = current.data?.counselors ?? []
  const roster = useRemote(async () => {
    if (!unit) return { ok: true as const, data: [] }
    const res = await listStudents({ ...(unit.kind === 'class' ? { classId: unit.unitId } : { dormId: unit.unitId }), pageSize: 100 })
    return res.ok ? { ok: true as const, data: res.data.items } : res
  }, [unit?.kind, unit?.unitId])
  const draft = useDraft<{ studentId: string; level: Level; description: string }>('alert.new', () => ({ studentId: '', level: 'crisis', description: '' }))
  const { studentId, level, description } = draft.value
  const setStudentId = (id: string) => draft.patch({ studentId: id })
  const setLevel = (l: Level) => draft.patch({ level: l })
  const setDescription = (d: string) => draft.patch({ description: d })
  const [errors, setErrors] = useLiveErrors(draft.value, validateAlert)
  // 一次填写 = 一个幂等键：网络失败后重试不会重复告警
  const [key, setKey] = useState(randomKey)
  const [sent, setSent] = useState<AlertView | null>(null)

  const send = useAction(() => createAlert({ ...(studentId ? { studentId } : {}), level, description: description.trim(), idempotencyKey: key }), {
    onDone: (alert) => {
      draft.clear()
      setSent(alert)
      showSuccess('已报告')
    },
    onError: (e) => setErrors(fieldErrorMap(e)),
  })

  function submit() {
    const local = validateAlert(draft.value)
    setErrors(local)
    if (Object.keys(local).length === 0) void send.run()
  }

  if (sent) {
    return (
      <Page title='即时报告'>
        <Card title='已通知辅导员和站长'>
          <View className='xq-obs-banner xq-obs-banner--success'>
            <Text>{timeText(sent.createdAt)} 已送达。辅导员须在 {timeText(sent.ackDeadline)} 前确认，超时未确认会升级给站长。</Text>
          </View>
          <View className='xq-obs-actions'>
            <Button variant='secondary' onClick={() => { setSent(null); draft.rebase({ studentId: '', level: 'crisis', description: '' }); setKey(randomKey()) }}>再报一条</Button>
            <Button onClick={goHome}>返回首页</Button>
          </View>
        </Card>
      </Page>
    )
  }

  return (
    <Page title='即时报告' subtitle='发现危机情况，立即通知辅导员和站长'>
      <DraftBanner restored={draft.restored} onDiscard={draft.discard} />
      <View className='xq-obs-crisis-note'>
        <Text>如有人身安全风险，请先拨打辅导员电话或 110/120，再在这里报告。</Text>
        {counselors.map((c) => (
          <View key={c.name} className='xq-obs-contact'>
            <Text>辅导员 {c.name}</Text>
            {c.phone ? (
              <Text className='xq-obs-contact__phone' onClick={() => void Taro.makePhoneCall({ phoneNumber: c.phone! }).catch(() => undefined)}>{c.phone}</Text>
            ) : (
              <Text className='xq-obs-contact__none'>未公开电话</Text>
            )}
          </View>
        ))}
      </View>
      <FieldGroup>
        <Field label='学生' error={errors.studentId} hint='可不指定，如不清楚是谁'>
          <StudentChooser
            key={key}
            roster={roster.data ?? []}
            value={studentId}
            exclude={[]}
            invalid={!!errors.studentId}
            onChange={(s) => setStudentId(s._id)}
            onClear={() => setStudentId('')}
          />
        </Field>
        <Field label='紧急程度' required>
          <RadioGroup look='segmented' options={LEVEL_OPTIONS} value={level} onChange={setLevel} />
        </Field>
        <Field label='情况描述' required error={errors.description}>
          <TextArea
            name='alert-description'
            value={description}
            maxLength={OBS_LIMITS.description}
            placeholder='发生了什么、在哪里、现在情况如何'
            invalid={!!errors.description}
            onChange={setDescription}
          />
        </Field>
      </FieldGroup>
      <Button block size='lg' variant='danger' loading={send.busy} onClick={submit}>立即报告</Button>
    </Page>
  )
}
