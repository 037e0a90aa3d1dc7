/** 宣教活动：计划、登记开展（参与人数、照片、签到表）、写总结；站长看本学期按类型的统计与提醒 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { ACTIVITY_STAGE_LABELS, ACTIVITY_TYPE_LABELS } from '../../../types/models-ledger'
import { Button, Card, Field, FieldGroup, Sheet, showError, Tag, TextArea, TextInput } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useList } from '../../hooks/useList'
import { useRemote } from '../../hooks/useRemote'
import {
  activityStats, holdActivity, listActivities, summariseActivity, type ActivityView,
} from '../../services/api/ledger'
import { ActivityPlanForm } from './ActivityPlanForm'
import { chooseWeappPhotos, fromBrowser, MAX_PHOTOS, uploadAll, type PickedPhoto } from './photos'
import './ledger.scss'

/** version 变化（活动列表重新读过）时重新统计 */
export function ActivityStats({ version = 0 }: { version?: number }) {
  const stats = useRemote(() => activityStats({}), [version])
  return <RemoteView remote={stats}>{(v) => (
    <Card title={`本学期活动 · ${v.termName}`}>
      {v.warnings.map((w) => <Text key={w} className='xq-lg-warn'>{w}</Text>)}
      {v.rows.map((r) => (
        <View key={r.type} className='xq-lg-row'>
          <Text className='xq-lg-row__main'>{ACTIVITY_TYPE_LABELS[r.type]}</Text>
          <Text className='xq-lg-muted'>计划 {r.planned} · 已开展 {r.held} · 已总结 {r.summarised}</Text>
        </View>
      ))}
    </Card>
  )}</RemoteView>
}

function HoldSheet({ a, onDone, onClose }: { a: ActivityView; onDone: () => void; onClose: () => void }) {
  const [participants, setParticipants] = useState('')
  const [photos, setPhotos] = useState<PickedPhoto[]>([])
  const [sheet, setSheet] = useState<PickedPhoto | null>(null)
  const addPhotos = async (picked: PickedPhoto[]) => {
    if (photos.length + picked.length > MAX_PHOTOS) showError(`最多 ${MAX_PHOTOS} 张照片`)
    setPhotos([...photos, ...picked].slice(0, MAX_PHOTOS))
  }
  const hold = useAction(async () => {
    const up = await uploadAll([...photos, ...(sheet ? [sheet] : [])])
    if (!up.ok) return up
    const ids = up.data
    return holdActivity({ id: a.id, participants: Number(participants), photoIds: ids.slice(0, photos.length), ...(sheet ? { signSheetId: ids[ids.length - 1] } : {}) })
  }, { success: '已登记开展情况', onDone: () => { onDone(); onClose() } })
  const h5 = process.env.TARO_ENV === 'h5'
  return (
    <Sheet title={`登记开展：${a.title}`} onClose={onClose} footer={<Button block loading={hold.busy} onClick={() => void hold.run()}>保存</Button>}>
      <FieldGroup>
        <Field label='参与人数' required><TextInput name='participants' type='number' value={participants} maxLength={5} onChange={setParticipants} /></Field>
        <Field label={`活动照片（${photos.length}/${MAX_PHOTOS}）`} hint='图片，每张不超过 10 MB'>
          {h5 ? (
            <input type='file' multiple accept='image/*' data-testid='activity-photos' onChange={(e) => void addPhotos(fromBrowser(e.currentTarget.files))} />
          ) : (
            <Button size='sm' variant='secondary' onClick={() => void chooseWeappPhotos(MAX_PHOTOS - photos.length).then(addPhotos, (err: Error) => showError(err.message))}>选择照片</Button>
          )}
        </Field>
        <Field label='签到表扫描件' hint='图片或 PDF'>
          {h5 ? (
            <input type='file' accept='image/*,application/pdf' data-testid='activity-sheet' onChange={(e) => setSheet(fromBrowser(e.currentTarget.files)[0] ?? null)} />
          ) : (
            <Button size='sm' variant='secondary' onClick={() => void chooseWeappPhotos(1).then((p) => setSheet(p[0] ?? null), (err: Error) => showError(err.message))}>选择图片</Button>
          )}
        </Field>
      </FieldGroup>
    </Sheet>
  )
}

function SummariseSheet({ a, onDone, onClose }: { a: ActivityView; onDone: () => void; onClose: () => void }) {
  const [summary, setSummary] = useState('')
  const [effect, setEffect] = useState('')
  const save = useAction(() => summariseActivity({ id: a.id, summary, effect }), { success: '已写总结', onDone: () => { onDone(); onClose() } })
  return (
    <Sheet title={`活动总结：${a.title}`} onClose={onClose} footer={<Button block loading={save.busy} onClick={() => void save.run()}>保存</Button>}>
      <FieldGroup>
        <Field label='开展情况' required><TextArea name='summary' value={summary} maxLength={2000} onChange={setSummary} /></Field>
        <Field label='活动效果' required><TextArea name='effect' value={effect} maxLength={1000} onChange={setEffect} /></Field>
      </FieldGroup>
    </Sheet>
  )
}

export function ActivityList({ head }: { head: boolean }) {
  const list = useList((page, pageSize) => listActivities({ page, pageSize }), [])
  const [holding, setHolding] = useState<ActivityView | null>(null)
  const [summarising, setSummarising] = useState<ActivityView | null>(null)
  const [version, setVersion] = useState(0)
  const load = () => {
    void list.reload()
    setVersion((x) => x + 1)
  }
  return (
    <View>
      <RemoteList list={list} empty={{ title: '本学期还没有活动' }} header={() => head && <ActivityStats version={version} />} renderItem={(a) => (
        <Card key={a.id} title={a.title} extra={<Tag tone={a.stage === 'planned' ? 'neutral' : 'success'}>{ACTIVITY_STAGE_LABELS[a.stage]}</Tag>}>
          <Text className='xq-lg-muted'>{ACTIVITY_TYPE_LABELS[a.type]} · {a.date} · {a.place} · {a.audience}</Text>
          {a.participants !== undefined && <Text className='xq-lg-muted'>参与 {a.participants} 人 · 照片 {a.photoCount} 张{a.hasSignSheet ? ' · 有签到表' : ''}</Text>}
          {a.facilitator && <Text className='xq-lg-muted'>带领人 {a.facilitator} · 成员 {a.memberCount} 人 · {a.sessions ?? 1} 次</Text>}
          {a.rollCallId && <Text className='xq-lg-muted'>已关联晚点名</Text>}
          {a.summary && <Text className='xq-lg-muted'>总结：{a.summary}</Text>}
          {a.stage === 'planned' && <Button size='sm' onClick={() => setHolding(a)}>登记开展</Button>}
          {a.stage === 'held' && <Button size='sm' onClick={() => setSummarising(a)}>写总结</Button>}
        </Card>
      )} />
      <ActivityPlanForm onDone={() => void load()} />
      {holding && <HoldSheet a={holding} onDone={() => void load()} onClose={() => setHolding(null)} />}
      {summarising && <SummariseSheet a={summarising} onDone={() => void load()} onClose={() => setSummarising(null)} />}
    </View>
  )
}
