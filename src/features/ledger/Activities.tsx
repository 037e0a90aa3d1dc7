/** 宣教活动：计划、登记开展（参与人数、照片、签到表）、写总结；站长看本学期按类型的统计与提醒 */
import { View, Text } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import type { AppErrorBody } from '../../../types/result'
import { ACTIVITY_STAGE_LABELS, ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES, type ActivityType } from '../../../types/models-ledger'
import { Button, Card, Empty, ErrorState, Field, FieldGroup, Loading, Select, Sheet, showError, showSuccess, Tag, TextArea, TextInput } from '../../components'
import {
  activityStats, createActivity, holdActivity, listActivities, summariseActivity, type ActivityStatsView, type ActivityView,
} from '../../services/api/ledger'
import { DateField } from '../counseling/controls'
import { today } from '../counseling/format'
import { chooseWeappPhotos, fromBrowser, MAX_PHOTOS, uploadAll, type PickedPhoto } from './photos'
import './ledger.scss'

export function ActivityStats() {
  const [v, setV] = useState<ActivityStatsView | null>(null)
  useEffect(() => {
    void activityStats({}).then((r) => r.ok && setV(r.data))
  }, [])
  if (!v) return null
  return (
    <Card title={`本学期活动 · ${v.termName}`}>
      {v.warnings.map((w) => <Text key={w} className='xq-lg-warn'>{w}</Text>)}
      {v.rows.map((r) => (
        <View key={r.type} className='xq-lg-row'>
          <Text className='xq-lg-row__main'>{ACTIVITY_TYPE_LABELS[r.type]}</Text>
          <Text className='xq-lg-muted'>计划 {r.planned} · 已开展 {r.held} · 已总结 {r.summarised}</Text>
        </View>
      ))}
    </Card>
  )
}

function HoldSheet({ a, onDone, onClose }: { a: ActivityView; onDone: () => void; onClose: () => void }) {
  const [participants, setParticipants] = useState('')
  const [photos, setPhotos] = useState<PickedPhoto[]>([])
  const [sheet, setSheet] = useState<PickedPhoto | null>(null)
  const [busy, setBusy] = useState(false)
  const addPhotos = async (picked: PickedPhoto[]) => {
    if (photos.length + picked.length > MAX_PHOTOS) showError(`最多 ${MAX_PHOTOS} 张照片`)
    setPhotos([...photos, ...picked].slice(0, MAX_PHOTOS))
  }
  const submit = async () => {
    setBusy(true)
    const up = await uploadAll([...photos, ...(sheet ? [sheet] : [])])
    if (!up.ok) {
      setBusy(false)
      return showError(up.message)
    }
    const r = await holdActivity({
      id: a.id, participants: Number(participants), photoIds: up.ids.slice(0, photos.length), ...(sheet ? { signSheetId: up.ids[up.ids.length - 1] } : {}),
    })
    setBusy(false)
    if (!r.ok) return showError(r.error)
    showSuccess('已登记开展情况')
    onDone()
    onClose()
  }
  const h5 = process.env.TARO_ENV === 'h5'
  return (
    <Sheet title={`登记开展：${a.title}`} onClose={onClose} footer={<Button block loading={busy} onClick={() => void submit()}>保存</Button>}>
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
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    setBusy(true)
    const r = await summariseActivity({ id: a.id, summary, effect })
    setBusy(false)
    if (!r.ok) return showError(r.error)
    showSuccess('已写总结')
    onDone()
    onClose()
  }
  return (
    <Sheet title={`活动总结：${a.title}`} onClose={onClose} footer={<Button block loading={busy} onClick={() => void submit()}>保存</Button>}>
      <FieldGroup>
        <Field label='开展情况' required><TextArea name='summary' value={summary} maxLength={2000} onChange={setSummary} /></Field>
        <Field label='活动效果' required><TextArea name='effect' value={effect} maxLength={1000} onChange={setEffect} /></Field>
      </FieldGroup>
    </Sheet>
  )
}

function PlanForm({ onDone }: { onDone: () => void }) {
  const [type, setType] = useState<ActivityType>('theme')
  const [title, setTitle] = useState('')
  const [theme, setTheme] = useState('')
  const [audience, setAudience] = useState('')
  const [date, setDate] = useState(today())
  const [place, setPlace] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    setBusy(true)
    const r = await createActivity({ type, title, theme, audience, date, place })
    setBusy(false)
    if (!r.ok) return showError(r.error)
    showSuccess('已加入计划')
    setTitle('')
    onDone()
  }
  return (
    <Card title='新的活动计划'>
      <FieldGroup>
        <Field label='类型' required><Select options={ACTIVITY_TYPES.filter((t) => t !== 'group_counseling').map((t) => ({ value: t, label: ACTIVITY_TYPE_LABELS[t] }))} value={type} onChange={setType} /></Field>
        <Field label='名称' required><TextInput name='title' value={title} maxLength={60} onChange={setTitle} /></Field>
        <Field label='主题' required><TextInput name='theme' value={theme} maxLength={100} onChange={setTheme} /></Field>
        <Field label='对象' required><TextInput name='audience' value={audience} maxLength={60} onChange={setAudience} /></Field>
        <Field label='日期' required><DateField value={date} onChange={setDate} /></Field>
        <Field label='地点' required><TextInput name='place' value={place} maxLength={60} onChange={setPlace} /></Field>
      </FieldGroup>
      <Button block loading={busy} onClick={() => void submit()}>加入计划</Button>
    </Card>
  )
}

export function ActivityList({ head }: { head: boolean }) {
  const [items, setItems] = useState<ActivityView[] | null>(null)
  const [error, setError] = useState<AppErrorBody | null>(null)
  const [holding, setHolding] = useState<ActivityView | null>(null)
  const [summarising, setSummarising] = useState<ActivityView | null>(null)
  const [version, setVersion] = useState(0)
  const load = useCallback(async () => {
    const r = await listActivities({})
    if (!r.ok) return setError(r.error)
    setItems(r.data.items)
    setVersion((x) => x + 1)
  }, [])
  useEffect(() => {
    void load()
  }, [load])
  if (error) return <ErrorState error={error} onRetry={() => void load()} />
  if (!items) return <Loading />
  return (
    <View>
      {head && <ActivityStats key={version} />}
      {items.length === 0 && <Empty title='本学期还没有活动' />}
      {items.map((a) => (
        <Card key={a.id} title={a.title} extra={<Tag tone={a.stage === 'planned' ? 'neutral' : 'success'}>{ACTIVITY_STAGE_LABELS[a.stage]}</Tag>}>
          <Text className='xq-lg-muted'>{ACTIVITY_TYPE_LABELS[a.type]} · {a.date} · {a.place} · {a.audience}</Text>
          {a.participants !== undefined && <Text className='xq-lg-muted'>参与 {a.participants} 人 · 照片 {a.photoCount} 张{a.hasSignSheet ? ' · 有签到表' : ''}</Text>}
          {a.summary && <Text className='xq-lg-muted'>总结：{a.summary}</Text>}
          {a.stage === 'planned' && <Button size='sm' onClick={() => setHolding(a)}>登记开展</Button>}
          {a.stage === 'held' && <Button size='sm' onClick={() => setSummarising(a)}>写总结</Button>}
        </Card>
      ))}
      <PlanForm onDone={() => void load()} />
      {holding && <HoldSheet a={holding} onDone={() => void load()} onClose={() => setHolding(null)} />}
      {summarising && <SummariseSheet a={summarising} onDone={() => void load()} onClose={() => setSummarising(null)} />}
    </View>
  )
}
