/**
 * 站长 · 登记或修改一位人员（附件2 的各栏）：手机、邮箱、证书编号格式不对时由函数按字段指出。
 * 工作经历每行一段；培训经历逐条填写（心桥记录的培训自动计入，无需重复填写）。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { StationInput, StaffView } from '../../../types/api/station'
import {
  EMPLOYMENT_LABELS, EMPLOYMENTS, QUALIFICATION_KINDS, QUALIFICATION_LABELS, STAFF_KIND_LABELS, STAFF_KINDS,
  type Employment, type QualificationKind, type StaffKind, type TrainingEntry,
} from '../../../types/models-station'
import { Button, Field, RadioGroup, Sheet, TextArea, TextInput } from '../../components'
import { useAction } from '../../hooks/useAction'
import { fieldErrorMap } from '../../services/errors'
import { saveStaff } from '../../services/api/station'

const opts = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }))
interface TrainingDraft { date: string; title: string; organiser: string; trainer: string; hours: string }
const emptyTraining: TrainingDraft = { date: '', title: '', organiser: '', trainer: '', hours: '' }

export function StaffForm({ profile, onClose, onSaved }: { profile?: StaffView; onClose: () => void; onSaved: () => void }) {
  const [kind, setKind] = useState<StaffKind>(profile?.kind ?? 'counselor')
  const [employment, setEmployment] = useState<Employment>(profile?.employment ?? 'full_time')
  const [gender, setGender] = useState<'男' | '女'>(profile?.gender ?? '女')
  const [f, setF] = useState({
    name: profile?.name ?? '', department: profile?.department ?? '', title: profile?.title ?? '', education: profile?.education ?? '',
    major: profile?.major ?? '', qqEmail: profile?.qqEmail ?? '', phone: profile?.phone ?? '', certificateNo: profile?.qualification.certificateNo ?? '',
    certName: profile?.qualification.name ?? '', workHistory: (profile?.workHistory ?? []).join('\n'), remarks: profile?.remarks ?? '',
  })
  const [qual, setQual] = useState<QualificationKind>(profile?.qualification.kind ?? 'none')
  const [trainings, setTrainings] = useState<TrainingDraft[]>((profile?.trainings ?? []).filter((t) => t.source === 'entry')
    .map((t) => ({ date: t.date, title: t.title, organiser: t.organiser, trainer: t.trainer ?? '', hours: String(t.hours) })))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })
  const input = (k: keyof typeof f, label: string, placeholder?: string, err = k as string) => (
    <Field label={label} error={errors[err]}><TextInput name={`staff-${k}`} value={f[k]} onChange={set(k)} placeholder={placeholder} /></Field>
  )
  const save = useAction(async () => {
    const payload: StationInput<'staff.save'> = {
      ...(profile ? { profileId: profile._id } : {}), ...(profile?.personId ? { personId: profile.personId } : {}),
      kind, employment, gender, name: f.name, department: f.department, title: f.title, education: f.education, major: f.major,
      ...(f.qqEmail.trim() ? { qqEmail: f.qqEmail.trim() } : {}), ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
      qualification: { kind: qual, ...(f.certName.trim() ? { name: f.certName.trim() } : {}), ...(f.certificateNo.trim() ? { certificateNo: f.certificateNo.trim() } : {}) },
      workHistory: f.workHistory.split('\n').map((l) => l.trim()).filter(Boolean),
      trainings: trainings.map((t): TrainingEntry => ({ date: t.date, title: t.title, organiser: t.organiser, ...(t.trainer ? { trainer: t.trainer } : {}), hours: Number(t.hours) })),
      ...(f.remarks.trim() ? { remarks: f.remarks.trim() } : {}),
    }
    const r = await saveStaff(payload)
    setErrors(r.ok ? {} : fieldErrorMap(r.error))
    return r
  }, { success: '已保存', onDone: onSaved })
  return (
    <Sheet title={profile ? `修改 ${profile.name}` : '登记人员'} onClose={onClose} footer={<Button block loading={save.busy} onClick={() => void save.run()}>保存</Button>}>
      <Field label='身份' error={errors.kind}><RadioGroup options={opts(STAFF_KINDS, STAFF_KIND_LABELS)} value={kind} onChange={setKind} /></Field>
      <Field label='专职 / 兼职'><RadioGroup options={opts(EMPLOYMENTS, EMPLOYMENT_LABELS)} value={employment} onChange={setEmployment} /></Field>
      {input('name', '姓名')}
      <Field label='性别'><RadioGroup options={[{ value: '男' as const, label: '男' }, { value: '女' as const, label: '女' }]} value={gender} onChange={setGender} /></Field>
      {input('department', '所在部门/学院')}
      {input('title', '职称/职务')}
      {input('education', '最高学历')}
      {input('major', '所学专业')}
      {input('qqEmail', 'QQ邮箱', '12345678@qq.com')}
      {input('phone', '手机', '11 位手机号')}
      <Field label='咨询资质'><RadioGroup options={opts(QUALIFICATION_KINDS, QUALIFICATION_LABELS)} value={qual} onChange={setQual} /></Field>
      {qual === 'other' && input('certName', '证书名称', undefined, 'qualification.name')}
      {qual !== 'none' && input('certificateNo', '证书编号', undefined, 'qualification.certificateNo')}
      <Field label='工作经历' hint='每行一段，如 2009.09-2013.06 xx学校 担任专职辅导员'>
        <TextArea name='staff-workHistory' value={f.workHistory} onChange={set('workHistory')} maxLength={4000} />
      </Field>
      <Field label='培训经历（手填）' error={Object.entries(errors).find(([k]) => k.startsWith('trainings'))?.[1]}>
        {trainings.map((t, i) => (
          <View key={i} className='xq-st-training'>
            <TextInput value={t.date} onChange={(v) => setTrainings(trainings.map((x, j) => (j === i ? { ...x, date: v } : x)))} placeholder='日期 YYYY-MM-DD' />
            <TextInput value={t.title} onChange={(v) => setTrainings(trainings.map((x, j) => (j === i ? { ...x, title: v } : x)))} placeholder='培训名称' />
            <TextInput value={t.organiser} onChange={(v) => setTrainings(trainings.map((x, j) => (j === i ? { ...x, organiser: v } : x)))} placeholder='举办单位' />
            <TextInput value={t.trainer} onChange={(v) => setTrainings(trainings.map((x, j) => (j === i ? { ...x, trainer: v } : x)))} placeholder='主讲（可选）' />
            <TextInput value={t.hours} onChange={(v) => setTrainings(trainings.map((x, j) => (j === i ? { ...x, hours: v } : x)))} placeholder='学时' />
            <Button size='sm' variant='text' onClick={() => setTrainings(trainings.filter((_, j) => j !== i))}>删除</Button>
          </View>
        ))}
        <Button size='sm' variant='secondary' onClick={() => setTrainings([...trainings, { ...emptyTraining }])}>添加一条培训</Button>
        <Text className='xq-st-muted'>心桥记录的培训会自动计入学时。</Text>
      </Field>
      <Field label='备注说明'><TextArea name='staff-remarks' value={f.remarks} onChange={set('remarks')} maxLength={500} /></Field>
    </Sheet>
  )
}
