/** 培训列表：组织者看到考勤并进入详情；应到的人在培训时输入签到码 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { Role } from '../../../types/domain'
import { Button, Card, showError, Tag, TextInput } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { listTrainings, signInTraining, type TrainingView } from '../../services/api/ledger'
import { openPage, pageUrl } from '../../shared/navigation'
import { ATTENDANCE_TEXT, ATTENDANCE_TONE, audienceText, trainingMeta } from './format'
import './ledger.scss'

/** 输入 6 位签到码（只为自己签到） */
export function SignInBox({ training, onDone }: { training: TrainingView; onDone: () => void }) {
  const [code, setCode] = useState('')
  const signIn = useAction(() => signInTraining({ id: training.id, code: code.trim() }), { success: (r) => (r.already ? '你已签到过' : '签到成功'), onDone })
  const submit = () => (code.trim().length !== 6 ? showError('签到码为 6 位') : void signIn.run())
  return (
    <View className='xq-lg-signin'>
      <TextInput name='code' value={code} maxLength={6} placeholder='输入组织者屏幕上的签到码' onChange={(v) => setCode(v.toUpperCase())} onConfirm={submit} />
      <Button loading={signIn.busy} onClick={submit}>签到</Button>
    </View>
  )
}

export function TrainingCard({ t, pkg, onChanged }: { t: TrainingView; pkg: Role; onChanged: () => void }) {
  return (
    <Card
      className='xq-lg-training'
      title={t.title}
      extra={t.mine ? <Tag tone={ATTENDANCE_TONE[t.mine]}>{ATTENDANCE_TEXT[t.mine]}</Tag> : undefined}
      onClick={t.canManage ? () => openPage(pageUrl(pkg, 'training', { id: t.id })) : undefined}
    >
      <Text className='xq-lg-muted'>{trainingMeta(t)}</Text>
      <Text className='xq-lg-muted'>主讲：{t.trainer} · 对象：{audienceText(t)}</Text>
      {t.canManage && <Text className='xq-lg-count'>应到 {t.expected} · 已签到 {t.present} · 缺席 {t.absent}</Text>}
      {t.mine === 'pending' && <SignInBox training={t} onDone={onChanged} />}
    </Card>
  )
}

export function TrainingList({ pkg }: { pkg: Role }) {
  const list = useRemote(() => listTrainings({}), [])
  const staff = pkg === 'head' || pkg === 'counselor'
  return (
    <View>
      <RemoteList list={list} empty={{ title: staff ? '本学期还没有培训' : '本学期没有需要你参加的培训' }}
        header={(d) => (
          <View className='xq-lg-head'>
            <Text className='xq-lg-muted'>{d.termName}</Text>
            {staff && <Button size='sm' onClick={() => openPage(pageUrl(pkg, 'training-new'))}>新建培训</Button>}
          </View>
        )}
        renderItem={(t) => <TrainingCard key={t.id} t={t} pkg={pkg} onChanged={() => void list.reload()} />} />
    </View>
  )
}
