/** 加入重点关注学生库：从关注条目、即时报告、谈话发起（预填）或直接添加。辅导员以“危机”入库须站长审批 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { CONCERN_CATEGORIES, LEVELS, LEVEL_LABELS, type ConcernCategory, type Level } from '../../../types/domain'
import { KEYCARE_SOURCES, KEYCARE_SOURCE_LABELS, type KeyCareSource } from '../../../types/models-counseling'
import { Button, Card, CheckboxGroup, Field, FieldGroup, RadioGroup, showInfo } from '../../components'
import { useAction } from '../../hooks/useAction'
import { fieldErrorMap } from '../../services/errors'
import { addKeyCare } from '../../services/api/counseling'
import { useLiveErrors } from '../../shared/forms'
import { addDays } from '../../../domain/calendar'
import { pageUrl } from '../../shared/navigation'
import './counseling.scss'
import { DateField, StudentPicker, today } from '../../shared/forms'

export interface KeyCareAddQuery { studentId?: string; studentName?: string; source?: string; sourceRef?: string; level?: string; categories?: string }

const isLevel = (v?: string): v is Level => !!v && (LEVELS as readonly string[]).includes(v)
const isSource = (v?: string): v is KeyCareSource => !!v && (KEYCARE_SOURCES as readonly string[]).includes(v)

function validateKeyCare(v: { student: { id: string } | null; categories: ConcernCategory[] }): Record<string, string> {
  const out: Record<string, string> = {}
  if (!v.student) out.studentId = '请选择学生'
  if (v.categories.length === 0) out.categories = '请至少选择一个关注类别'
  return out
}

export function KeyCareAddForm({ query, pkg = 'counselor' }: { query: KeyCareAddQuery; pkg?: 'counselor' | 'head' }) {
  const [student, setStudent] = useState<{ id: string; name: string } | null>(query.studentId ? { id: query.studentId, name: query.studentName ?? '' } : null)
  const [level, setLevel] = useState<Level>(isLevel(query.level) ? query.level : 'key')
  const [categories, setCategories] = useState<ConcernCategory[]>(
    (query.categories?.split(',') ?? []).filter((c): c is ConcernCategory => (CONCERN_CATEGORIES as readonly string[]).includes(c)),
  )
  const source: KeyCareSource = isSource(query.source) ? query.source : 'direct'
  const [followUp, setFollowUp] = useState(addDays(today(), 7))
  const [errors, setErrors] = useLiveErrors({ student, categories }, validateKeyCare)
  const needsApproval = level === 'crisis' && pkg !== 'head'

  const add = useAction(() => addKeyCare({
    studentId: student!.id, level, categories, source, nextFollowUp: followUp, ...(query.sourceRef ? { sourceRef: query.sourceRef } : {}),
  }), {
    success: (d) => (d.approvalId ? undefined : '已加入重点关注'),
    onDone: (d) => {
      if (d.approvalId) showInfo('已加入库，危机等级待站长审批')
      void Taro.redirectTo({ url: pageUrl(pkg, 'keycare-detail', { id: d.entry.id }) })
    },
    onError: (e) => {
      setErrors(fieldErrorMap(e))
      // 已在库中：错误提示是服务端的中文说明（请在原条目上更新），并打开原条目
      const id = e.code === 'KEYCARE.ALREADY_ACTIVE' ? (e.details as { keyCareId?: string } | undefined)?.keyCareId : undefined
      if (id) void Taro.redirectTo({ url: pageUrl(pkg, 'keycare-detail', { id }) })
    },
  })
  const submit = () => {
    const local = validateKeyCare({ student, categories })
    setErrors(local)
    if (Object.keys(local).length === 0) void add.run()
  }

  return (
    <View>
      {source !== 'direct' && (
        <Card><Text className='xq-cn-line'>来源：{KEYCARE_SOURCE_LABELS[source]}</Text></Card>
      )}
      <FieldGroup>
        <Field label='学生' required error={errors.studentId}>
          {query.studentId ? <Text className='xq-cn-line'>{student?.name}</Text> : <StudentPicker value={student} onChange={setStudent} invalid={!!errors.studentId} />}
        </Field>
        <Field label='关注等级' required hint={needsApproval ? '以“危机”入库须站长审批：审批前按“重点关注”跟进' : undefined}>
          <RadioGroup look='segmented' options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} value={level} onChange={setLevel} />
        </Field>
        <Field label='关注类别' required error={errors.categories}>
          <CheckboxGroup options={CONCERN_CATEGORIES.map((c) => ({ value: c, label: c }))} value={categories} onChange={setCategories} />
        </Field>
        <Field label='下次跟进' required error={errors.nextFollowUp}>
          <DateField value={followUp} start={today()} onChange={setFollowUp} />
        </Field>
      </FieldGroup>
      <Button block size='lg' variant={level === 'crisis' ? 'danger' : 'primary'} loading={add.busy} onClick={submit}>
        {needsApproval ? '加入并提交审批' : '加入重点关注'}
      </Button>
    </View>
  )
}
