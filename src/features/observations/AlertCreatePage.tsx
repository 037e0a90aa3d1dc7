/** 即时报告（填报人首页入口）：学生可选（本人名册），描述必填；提交后立即通知辅导员与站长 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { LEVELS, LEVEL_LABELS, type Level } from '../../../types/domain'
import { OBS_LIMITS } from '../../../types/api/observations'
import { Button, Card, Field, FieldGroup, Page, RadioGroup, TextArea, showError, showSuccess } from '../../components'
import { listStudents } from '../../services/api/identity'
import { createAlert, fetchWeekCurrent, type AlertView } from '../../services/api/observations'
import { fieldErrorMap } from '../../services/errors'
import { useRemote } from '../../hooks/useRemote'
import { goHome } from '../../shared/navigation'
import { randomKey } from './draft'
import { timeText } from './format'
import { StudentChooser } from './StudentChooser'
import './observations.scss'

const LEVEL_OPTIONS = LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))

export function AlertCreatePage() {
  const roster = useRemote(async () => {
    const cur = await fetchWeekCurrent()
    const unit = cur.ok ? cur.data.ownUnit : null
    if (!unit) return { ok: true as const, data: [] }
    const res = await listStudents({ ...(unit.kind === 'class' ? { classId: unit.unitId } : { dormId: unit.unitId }), pageSize: 100 })
    return res.ok ? { ok: true as const, data: res.data.items } : res
  }, [])
  const [studentId, setStudentId] = useState('')
  const [level, setLevel] = useState<Level>('crisis')
  const [description, setDescription] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  // 一次填写 = 一个幂等键：网络失败后重试不会重复告警
  const [key, setKey] = useState(randomKey)
  const [sent, setSent] = useState<AlertView | null>(null)

  async function submit() {
    if (!description.trim()) {
      setErrors({ description: '请填写情况描述' })
      return
    }
    setBusy(true)
    const res = await createAlert({ ...(studentId ? { studentId } : {}), level, description: description.trim(), idempotencyKey: key })
    setBusy(false)
    if (!res.ok) {
      setErrors(fieldErrorMap(res.error))
      showError(res.error)
      return
    }
    setSent(res.data)
    showSuccess('已报告')
  }

  if (sent) {
    return (
      <Page title='即时报告'>
        <Card title='已通知辅导员和站长'>
          <View className='xq-obs-banner xq-obs-banner--success'>
            <Text>{timeText(sent.createdAt)} 已送达。辅导员须在 {timeText(sent.ackDeadline)} 前确认，超时未确认会升级给站长。</Text>
          </View>
          <View className='xq-obs-actions'>
            <Button variant='secondary' onClick={() => { setSent(null); setDescription(''); setStudentId(''); setKey(randomKey()) }}>再报一条</Button>
            <Button onClick={goHome}>返回首页</Button>
          </View>
        </Card>
      </Page>
    )
  }

  return (
    <Page title='即时报告' subtitle='发现危机情况，立即通知辅导员和站长'>
      <View className='xq-obs-crisis-note'>
        <Text>如有人身安全风险，请先拨打辅导员电话或 110/120，再在这里报告。</Text>
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
      <Button block size='lg' variant='danger' loading={busy} onClick={() => void submit()}>立即报告</Button>
    </Page>
  )
}
