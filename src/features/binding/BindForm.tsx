import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { AppErrorBody } from '../../../types/result'
import { Button, Checkbox, Field, FieldGroup, RadioGroup, TextInput } from '../../components'
import { bindInvite, redeemSetupCode, type BindOutput } from '../../services/api/identity'
import { useAction } from '../../hooks/useAction'
import { fieldErrorMap } from '../../services/errors'
import { EMPTY_BIND_FORM, PLEDGE_TEXT, toBindInput, validateBind, type BindForm as Form, type BindKind } from './validate'
import './BindForm.scss'

const KIND_OPTIONS = [
  { value: 'cadre' as const, label: '学生骨干' },
  { value: 'staff' as const, label: '教师' },
  { value: 'setup' as const, label: '建站码' },
]

/** 服务端错误 → 表单上的位置 */
function placeError(error: AppErrorBody): { fields: Record<string, string>; banner: string | null; kind?: BindKind } {
  switch (error.code) {
    case 'INPUT.INVALID': {
      const fields = fieldErrorMap(error)
      return { fields, banner: Object.keys(fields).length ? null : error.message, kind: fields.studentNo ? 'cadre' : undefined }
    }
    case 'INVITE.INVALID':
      return { fields: { code: error.message }, banner: null }
    case 'INVITE.PLEDGE_REQUIRED':
      return { fields: { acceptPledge: error.message }, banner: null, kind: 'cadre' }
    case 'INVITE.IDENTITY_MISMATCH':
    case 'RATE_LIMITED':
      return { fields: {}, banner: error.message }
    default:
      return { fields: {}, banner: null }
  }
}

export interface BindFormProps {
  /** 绑定成功 */
  onBound: (result: BindOutput) => void
}

/** 邀请码绑定表单：邀请码、姓名、（学生骨干）学号与保密承诺 */
export function BindForm({ onBound }: BindFormProps) {
  const [form, setForm] = useState<Form>(EMPTY_BIND_FORM)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<string | null>(null)
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }))
    setErrors((e) => {
      if (!(key in e)) return e
      const next = { ...e }
      delete next[key]
      return next
    })
  }

  const bind = useAction(() => {
    const input = toBindInput(form)
    return form.kind === 'setup' ? redeemSetupCode({ code: input.code, name: input.name }) : bindInvite(input)
  }, {
    onDone: onBound,
    // 能标到字段上或横幅里的错误就地显示，其余弹出提示
    onError: (e) => {
      const placed = placeError(e)
      if (placed.kind) setForm((f) => ({ ...f, kind: placed.kind! }))
      setErrors(placed.fields)
      setBanner(placed.banner)
      return !!placed.banner || Object.keys(placed.fields).length > 0
    },
  })
  const submit = () => {
    const local = validateBind(form)
    setBanner(null)
    setErrors(local)
    if (Object.keys(local).length) return
    void bind.run()
  }

  const cadre = form.kind === 'cadre'
  return (
    <View className='xq-bind'>
      {banner && (
        <View className='xq-bind__banner'>
          <Text>{banner}</Text>
        </View>
      )}
      <FieldGroup>
        <Field label='我的身份'>
          <RadioGroup look='segmented' options={KIND_OPTIONS} value={form.kind} onChange={(v) => set('kind', v)} />
        </Field>
        <Field
          label={form.kind === 'setup' ? '建站码' : '邀请码'}
          required
          error={errors.code}
          hint={form.kind === 'setup' ? '新建辅导站时由校心理中心或管理员生成，兑换后你成为该站站长' : '向站长或辅导员索取，一码一人，过期失效'}
        >
          <TextInput name='code' value={form.code} onChange={(v) => set('code', v)} placeholder={form.kind === 'setup' ? '请输入建站码' : '请输入邀请码'} maxLength={32} invalid={!!errors.code} />
        </Field>
        <Field label='姓名' required error={errors.name}>
          <TextInput name='name' value={form.name} onChange={(v) => set('name', v)} placeholder='与学院名册一致' maxLength={32} invalid={!!errors.name} />
        </Field>
        {cadre && (
          <Field label='学号' required error={errors.studentNo}>
            <TextInput name='studentNo' value={form.studentNo} onChange={(v) => set('studentNo', v)} placeholder='请输入学号' maxLength={32} invalid={!!errors.studentNo} />
          </Field>
        )}
      </FieldGroup>

      {cadre && (
        <FieldGroup title='保密承诺'>
          <View className='xq-bind__pledge'>
            {PLEDGE_TEXT.map((line) => (
              <Text key={line} className='xq-bind__pledge-line'>
                {line}
              </Text>
            ))}
          </View>
          <Field label='' error={errors.acceptPledge} className='xq-bind__agree'>
            <Checkbox checked={form.acceptPledge} onChange={(v) => set('acceptPledge', v)}>
              我已阅读并接受《学生心理骨干保密承诺》
            </Checkbox>
          </Field>
        </FieldGroup>
      )}

      <View className='xq-bind__submit'>
        <Button block size='lg' loading={bind.busy} onClick={submit}>
          绑定并进入
        </Button>
      </View>
    </View>
  )
}
