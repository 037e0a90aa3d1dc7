/** 辅导员的联系电话：选择展示后，所带班级、宿舍的学生骨干在“即时报告”页能看到并一键拨打 */
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Button, Card, Field, Switch, TextInput } from '../../../components'
import { useAction } from '../../../hooks/useAction'
import { updateProfile } from '../../../services/api/identity'
import { fieldErrorMap } from '../../../services/errors'
import { applyMe, useSession } from '../../../shared/session'

export function ContactCard() {
  const { person } = useSession()
  const [phone, setPhone] = useState(person?.phone ?? '')
  const [shared, setShared] = useState(!!person?.phoneShared)
  const [error, setError] = useState('')
  const changed = phone !== (person?.phone ?? '') || shared !== !!person?.phoneShared
  const save = useAction(() => updateProfile({ phone: phone.trim(), phoneShared: shared && !!phone.trim() }), {
    success: '已保存',
    onDone: (me) => {
      setError('')
      applyMe(me)
    },
    onError: (e) => setError(fieldErrorMap(e).phone ?? ''),
  })
  return (
    <Card title='我的联系电话'>
      <Field label='手机号' error={error}>
        <TextInput name='my-phone' type='number' maxLength={11} value={phone} invalid={!!error} placeholder='11 位手机号' onChange={setPhone} />
      </Field>
      <Field label='在即时报告页展示给所带学生骨干' inline>
        <Switch checked={shared} onChange={setShared} />
      </Field>
      <Text className='xq-field__hint'>展示后，心理委员和宿舍观察员在“即时报告”页可以一键拨打；关闭后不再展示。</Text>
      <Button block size='sm' disabled={!changed} loading={save.busy} onClick={() => void save.run()}>保存</Button>
    </Card>
  )
}
