/** 新建培训：标题、日期与起止时刻、学时、主讲、主办、地点、形式、对象（角色 × 年级，或点名的工作人员） */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { pageUrl } from '../../shared/navigation'
import { useEffect, useState } from 'react'
import { ROLE_LABELS, type Role } from '../../../types/domain'
import {
  CADRE_ROLES, TRAINING_FORMS, TRAINING_FORM_LABELS, TRAINING_ORGANISERS, TRAINING_ORGANISER_LABELS,
  type CadreRole, type TrainingForm as Form, type TrainingOrganiser,
} from '../../../types/models-ledger'
import { Button, CheckboxGroup, Field, FieldGroup, RadioGroup, TextInput } from '../../components'
import { useAction } from '../../hooks/useAction'
import { createTraining } from '../../services/api/ledger'
import { listPeople } from '../../services/api/identity'
import { listStaff } from '../../services/api/station'
import { fieldErrorMap } from '../../services/errors'
import { DateField, today } from '../../shared/forms'

/**
 * 可点名的工作人员：站长从本站在任的站长与辅导员中选（people.list）；辅导员从工作人员名册中选有账号的人。
 * 应到人员只算培训日在任的人（ledger 的 expectedFor）。
 */
async function staffChoices(pkg: Role): Promise<{ value: string; label: string }[]> {
  if (pkg === 'head') {
    const lists = await Promise.all((['head', 'counselor'] as const).map((role) => listPeople({ role, activeOnly: true, pageSize: 100 })))
    return lists.flatMap((r) => (r.ok ? r.data.items : [])).map((p) => ({ value: p._id, label: p.name }))
  }
  const r = await listStaff({})
  return r.ok ? r.data.items.flatMap((x) => (x.personId ? [{ value: x.personId, label: `${x.name}（${x.kindLabel}）` }] : [])) : []
}

export function TrainingCreateForm({ pkg }: { pkg: Role }) {
  const [title, setTitle] = useState('')
  const [date, setDate] = useState(today())
  const [startTime, setStart] = useState('14:00')
  const [endTime, setEnd] = useState('16:00')
  const [hours, setHours] = useState('2')
  const [trainer, setTrainer] = useState('')
  const [organiser, setOrganiser] = useState<TrainingOrganiser>('station')
  const [place, setPlace] = useState('')
  const [form, setForm] = useState<Form>('offline')
  const [roles, setRoles] = useState<CadreRole[]>(['committee', 'observer'])
  const [grades, setGrades] = useState('')
  const [kind, setKind] = useState<'cadres' | 'staff'>('cadres')
  const [staff, setStaff] = useState<{ value: string; label: string }[]>([])
  const [personIds, setPersonIds] = useState<string[]>([])
  useEffect(() => {
    if (kind !== 'staff' || staff.length) return
    void staffChoices(pkg).then(setStaff)
  }, [kind, staff.length, pkg])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const create = useAction(async () => {
    const r = await createTraining({
      title, date, startTime, endTime, hours: Number(hours), trainer, organiser, place, form,
      audience: kind === 'staff'
        ? { kind: 'staff', personIds }
        : { kind: 'cadres', roles, grades: grades.split(/[、,，\s]+/).map((g) => g.trim()).filter(Boolean) },
    })
    setErrors(r.ok ? {} : fieldErrorMap(r.error))
    return r
  }, { success: (t) => `已创建，应到 ${t.expected} 人`, onDone: (t) => void Taro.redirectTo({ url: pageUrl(pkg, 'training', { id: t.id }) }) })
  return (
    <View>
      <FieldGroup>
        <Field label='培训主题' required error={errors.title}><TextInput name='title' value={title} maxLength={60} onChange={setTitle} /></Field>
        <Field label='日期' required error={errors.date}><DateField value={date} onChange={setDate} /></Field>
        <Field label='开始时刻' required error={errors.startTime}><TextInput name='startTime' value={startTime} maxLength={5} placeholder='14:00' onChange={setStart} /></Field>
        <Field label='结束时刻' required error={errors.endTime}><TextInput name='endTime' value={endTime} maxLength={5} placeholder='16:00' onChange={setEnd} /></Field>
        <Field label='学时' required error={errors.hours}><TextInput name='hours' type='digit' value={hours} maxLength={4} onChange={setHours} /></Field>
        <Field label='主讲人' required error={errors.trainer}><TextInput name='trainer' value={trainer} maxLength={40} onChange={setTrainer} /></Field>
        <Field label='主办' required>
          <RadioGroup options={TRAINING_ORGANISERS.map((o) => ({ value: o, label: TRAINING_ORGANISER_LABELS[o] }))} value={organiser} onChange={setOrganiser} />
        </Field>
        <Field label='地点' required error={errors.place}><TextInput name='place' value={place} maxLength={60} onChange={setPlace} /></Field>
        <Field label='形式' required>
          <RadioGroup look='segmented' options={TRAINING_FORMS.map((f) => ({ value: f, label: TRAINING_FORM_LABELS[f] }))} value={form} onChange={setForm} />
        </Field>
        <Field label='培训对象' required>
          <RadioGroup look='segmented' options={[{ value: 'cadres', label: '学生骨干' }, { value: 'staff', label: '指定工作人员' }]} value={kind} onChange={setKind} />
        </Field>
        {kind === 'cadres' ? (
          <>
            <Field label='角色' required error={errors['audience.roles']}>
              <CheckboxGroup options={CADRE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} value={roles} onChange={setRoles} />
            </Field>
            <Field label='年级' required error={errors['audience.grades']} hint='多个年级用顿号分隔，如 2024级、2025级'>
              <TextInput name='grades' value={grades} maxLength={100} placeholder='2025级' onChange={setGrades} />
            </Field>
          </>
        ) : (
          <Field label='参加的工作人员' required error={errors['audience.personIds']} hint='本站在册、在任的工作人员'>
            <CheckboxGroup options={staff} value={personIds} onChange={setPersonIds} />
          </Field>
        )}
      </FieldGroup>
      <Button block size='lg' loading={create.busy} onClick={() => void create.run()}>创建培训</Button>
    </View>
  )
}
