import { Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ROLE_LABELS, type Role } from '../../../types/domain'
import { Button, Card, CheckboxGroup, Field, FieldGroup, RadioGroup, Select, showError, showSuccess } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { createInvite, listClasses, listDorms, type InviteCreateInput, type InviteCreateOutput } from '../../services/api/identity'
import { useAction } from '../../hooks/useAction'
import { fieldErrorMap } from '../../services/errors'
import { formatShanghaiDateTime as dateTime } from '../../../domain/calendar'
import { PrivacyConsent, withPrivacyConsent } from '../../shared/privacy'
import '../../styles/org.scss'
import { schoolYearEnd, todayInShanghai } from '../../../domain/calendar'

type InviteRole = 'committee' | 'observer' | 'counselor' | 'head'

const EXPIRY = [
  { value: '1', label: '1 天' },
  { value: '3', label: '3 天' },
  { value: '7', label: '7 天' },
  { value: '14', label: '14 天' },
  { value: '30', label: '30 天' },
]

export interface SuccessorHint {
  assignmentId: string
  role: InviteRole
  classId?: string
  dormId?: string
  /** 如 “张三 · 机电2501班” */
  label: string
}

/** 签发邀请码：站长可签发全部角色；辅导员只能签发自己班级的心理委员、自己宿舍的观察员 */
export function InviteIssuer({ issuer, successor, onIssued }: { issuer: Role; successor?: SuccessorHint; onIssued?: () => void }) {
  const roles: InviteRole[] = issuer === 'head' ? ['committee', 'observer', 'counselor', 'head'] : ['committee', 'observer']
  const [role, setRole] = useState<InviteRole>(successor?.role ?? 'committee')
  const [classId, setClassId] = useState<string | null>(successor?.classId ?? null)
  const [dormId, setDormId] = useState<string | null>(successor?.dormId ?? null)
  const [classIds, setClassIds] = useState<string[]>([])
  const [dormIds, setDormIds] = useState<string[]>([])
  const [termEnd, setTermEnd] = useState('')
  const [days, setDays] = useState('7')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [issued, setIssued] = useState<InviteCreateOutput | null>(null)

  const classes = useRemote(() => listClasses({ pageSize: 500 }), [])
  const dorms = useRemote(() => listDorms({ pageSize: 500 }), [])
  const classOptions = (classes.data?.items ?? []).map((c) => ({ value: c._id, label: c.name }))
  const dormOptions = (dorms.data?.items ?? []).map((d) => ({ value: d._id, label: d.name }))

  const issue = useAction(createInvite, {
    onDone: (invite) => {
      setIssued(invite)
      onIssued?.()
    },
    onError: (e) => setErrors(fieldErrorMap(e)),
  })
  const submit = () => {
    const local: Record<string, string> = {}
    if (role === 'committee' && !classId) local.classId = '请选择班级'
    if (role === 'observer' && !dormId) local.dormId = '请选择宿舍'
    setErrors(local)
    if (Object.keys(local).length) return
    const common = {
      expiresInDays: Number(days),
      ...(termEnd ? { termEnd } : {}),
      ...(successor ? { successorOf: successor.assignmentId } : {}),
    }
    const input: InviteCreateInput =
      role === 'committee' ? { role, classId: classId!, ...common }
        : role === 'observer' ? { role, dormId: dormId!, ...common }
          : role === 'counselor' ? { role, classIds, dormIds, ...common }
            : { role, ...common }
    void issue.run(input)
  }

  if (issued) {
    return (
      <Card title='邀请码已生成' accent='primary'>
        <Text className='xq-org__code' selectable>{issued.code}</Text>
        <View className='xq-org__detail'>
          <View className='xq-org__row'><Text>角色</Text><Text>{ROLE_LABELS[issued.invite.role]}</Text></View>
          <View className='xq-org__row'><Text>范围</Text><Text>{issued.invite.scopeLabel}</Text></View>
          <View className='xq-org__row'><Text>有效期至</Text><Text>{dateTime(issued.invite.expiresAt)}</Text></View>
          <Text className='xq-org__muted'>邀请码只显示这一次，一码一人。请当面或私信发给本人，对方在“绑定身份”页输入。</Text>
        </View>
        <View className='xq-org__actions'>
          <Button
            size='sm'
            onClick={() => void withPrivacyConsent('setClipboardData', () => Taro.setClipboardData({ data: issued.code })).then((r) => (r.ok ? showSuccess('已复制') : r.reason !== 'cancelled' && showError(r.message)))}
          >
            复制邀请码
          </Button>
          <Button size='sm' variant='secondary' onClick={() => setIssued(null)}>再签发一个</Button>
        </View>
        <PrivacyConsent />
      </Card>
    )
  }

  return (
    <View>
      {successor && (
        <Card accent='key'>
          <Text>接替：{successor.label}。新任绑定后，原任职立即结束，原有记录保留原作者。</Text>
        </Card>
      )}
      <FieldGroup title='签发邀请码'>
        <Field label='角色' required>
          <RadioGroup options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} value={role} onChange={setRole} disabled={!!successor} />
        </Field>
        {role === 'committee' && (
          <Field label='班级' required error={errors.classId}>
            <Select options={classOptions} value={classId} onChange={setClassId} placeholder='选择班级' invalid={!!errors.classId} />
          </Field>
        )}
        {role === 'observer' && (
          <Field label='宿舍' required error={errors.dormId}>
            <Select options={dormOptions} value={dormId} onChange={setDormId} placeholder='选择宿舍' invalid={!!errors.dormId} />
          </Field>
        )}
        {role === 'counselor' && (
          <>
            <Field label='负责班级' hint='可多选，之后也可在“人员与角色”中调整'>
              <CheckboxGroup options={classOptions} value={classIds} onChange={setClassIds} />
            </Field>
            <Field label='负责宿舍'>
              <CheckboxGroup options={dormOptions} value={dormIds} onChange={setDormIds} />
            </Field>
          </>
        )}
        <Field label='任期结束' hint='可不填；到期后自动失去权限'>
          <Picker mode='date' value={termEnd || schoolYearEnd(todayInShanghai())} onChange={(e) => setTermEnd(String(e.detail.value))}>
            <View className='xq-select'>
              <Text className={termEnd ? 'xq-select__value' : 'xq-select__placeholder'}>{termEnd || '未设定'}</Text>
            </View>
          </Picker>
        </Field>
        <Field label='邀请码有效期'>
          <RadioGroup options={EXPIRY} value={days} onChange={setDays} />
        </Field>
      </FieldGroup>
      <Button block size='lg' loading={issue.busy} onClick={submit}>生成邀请码</Button>
      <View style={{ height: '16px' }} />
    </View>
  )
}
