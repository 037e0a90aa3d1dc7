/** 培训详情（组织者、站长）：每分钟更换的签到码、应到名单与考勤标记（缺席须写原因） */
import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ROLE_LABELS } from '../../../types/domain'
import { Button, Card, CommentSheet, Tag } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { getTraining, markAttendance, trainingCode, type TrainingCodeView, type TrainingDetail } from '../../services/api/ledger'
import { ATTENDANCE_TEXT, ATTENDANCE_TONE, audienceText, trainingMeta } from './format'
import './ledger.scss'

/** 签到码：每 5 秒向服务端取一次当前的码（码由时间算出，服务端不写数据库） */
function CodePanel({ id }: { id: string }) {
  const [code, setCode] = useState<TrainingCodeView | null>(null)
  const [note, setNote] = useState<string | null>(null)
  useEffect(() => {
    let alive = true
    const tick = async () => {
      const r = await trainingCode({ id })
      if (!alive) return
      if (r.ok) {
        setCode(r.data)
        setNote(null)
      } else {
        setCode(null)
        setNote(r.error.message)
      }
    }
    void tick()
    const timer = setInterval(() => void tick(), 5000)
    return () => {
      alive = false
      clearInterval(timer)
    }
  }, [id])
  return (
    <Card className='xq-lg-code' title='签到码'>
      {code ? <Text className='xq-lg-code__value'>{code.code}</Text> : <Text className='xq-lg-muted'>{note ?? '…'}</Text>}
      <Text className='xq-lg-muted'>每分钟更换；请参训人员在手机上输入</Text>
    </Card>
  )
}

export function TrainingDetailView({ id }: { id: string }) {
  const training = useRemote(() => getTraining({ id }), [id])
  return <RemoteView remote={training}>{(t) => <Detail t={t} onChanged={() => void training.reload()} />}</RemoteView>
}

function Detail({ t, onChanged }: { t: TrainingDetail; onChanged: () => void }) {
  const [absentFor, setAbsentFor] = useState<string | null>(null)
  const mark = useAction((personId: string, status: 'present' | 'absent', reason?: string) =>
    markAttendance({ id: t.id, personId, status, ...(reason ? { reason } : {}) }), { onDone: onChanged })
  return (
    <View>
      <Card title={t.title}>
        <Text className='xq-lg-muted'>{trainingMeta(t)}</Text>
        <Text className='xq-lg-muted'>主讲：{t.trainer} · 对象：{audienceText(t)}</Text>
        <Text className='xq-lg-count'>应到 {t.expected} · 已签到 {t.present} · 缺席 {t.absent}</Text>
      </Card>
      {t.canManage && <CodePanel id={t.id} />}
      <Card title='应到名单' className='xq-lg-attendees'>
        {(t.attendees ?? []).map((a) => (
          <View key={a.personId} className='xq-lg-row'>
            <View className='xq-lg-row__main'>
              <Text>{a.name}</Text>
              <Text className='xq-lg-muted'>{a.grade ? `${a.grade} · ` : ''}{ROLE_LABELS[a.role]}{a.reason ? ` · ${a.reason}` : ''}</Text>
            </View>
            <Tag tone={ATTENDANCE_TONE[a.status]}>{ATTENDANCE_TEXT[a.status]}</Tag>
            {a.status !== 'present' && <Button size='sm' variant='secondary' onClick={() => void mark.run(a.personId, 'present')}>到场</Button>}
            {a.status !== 'absent' && <Button size='sm' variant='ghost' onClick={() => setAbsentFor(a.personId)}>缺席</Button>}
          </View>
        ))}
      </Card>
      {absentFor && (
        <CommentSheet title='缺席原因' placeholder='如：参加学科竞赛、病假' maxLength={100} name='reason'
          onConfirm={(text) => mark.run(absentFor, 'absent', text)} onClose={() => setAbsentFor(null)} />
      )}
    </View>
  )
}
