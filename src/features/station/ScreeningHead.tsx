/**
 * 站长 · 普测参测：建轮次（名称、目标年级、日期、需约谈等级），上传中心的参测名单（CSV/XLSX，整份校验），
 * 看各班与整轮的参测率。名单错误逐行列出，未导入任何数据。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ScreeningRowError } from '../../../types/api/station'
import { Button, Card, Empty, ErrorState, Field, Loading, Page, Section, showError, showSuccess, Tag, TextInput } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { createScreening, getScreening, importScreening, listScreenings } from '../../services/api/station'
import { uploadFor } from '../../services/upload'
import { chooseWeappFile, readBrowserFile, type PickedFile } from '../org/files'
import { rateText } from './format'
import './station.scss'

const list = (s: string) => s.split(/[,，、\s]+/).map((x) => x.trim()).filter(Boolean)

function CreateRound({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('')
  const [grades, setGrades] = useState('')
  const [start, setStart] = useState('')
  const [end, setEnd] = useState('')
  const [tiers, setTiers] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const submit = async () => {
    const r = await createScreening({ name, targetGrades: list(grades), startDate: start, endDate: end, flaggedTiers: list(tiers) })
    if (!r.ok) {
      setErrors(Object.fromEntries((r.error.fields ?? []).map((f) => [f.path.split('.')[0], f.message])))
      return showError(r.error)
    }
    setErrors({})
    showSuccess('已建轮次')
    onCreated()
  }
  return (
    <Card title='新建普测轮次'>
      <Field label='名称' required error={errors.name}><TextInput name='screening-name' value={name} onChange={setName} placeholder='如 2026级新生心理普测' /></Field>
      <Field label='目标年级' required error={errors.targetGrades} hint='多个年级用逗号分隔'><TextInput name='screening-grades' value={grades} onChange={setGrades} placeholder='2026级' /></Field>
      <Field label='开始日期' required error={errors.startDate}><TextInput name='screening-start' value={start} onChange={setStart} placeholder='YYYY-MM-DD' /></Field>
      <Field label='结束日期' required error={errors.endDate}><TextInput name='screening-end' value={end} onChange={setEnd} placeholder='YYYY-MM-DD' /></Field>
      <Field label='需约谈的结果等级' hint='名单“结果等级”列中的值，如 重点、危机'><TextInput name='screening-tiers' value={tiers} onChange={setTiers} /></Field>
      <Button block onClick={() => void submit()}>建立轮次</Button>
    </Card>
  )
}

function RoundDetail({ roundId }: { roundId: string }) {
  const detail = useRemote(() => getScreening(roundId), [roundId])
  const [file, setFile] = useState<PickedFile | null>(null)
  const [busy, setBusy] = useState(false)
  const [rowErrors, setRowErrors] = useState<ScreeningRowError[] | null>(null)
  const upload = async () => {
    if (!file) return
    setBusy(true)
    const up = await uploadFor('screening', file.name, file.file)
    const r = up.ok ? await importScreening({ roundId, fileID: up.data.fileID }) : up
    setBusy(false)
    if (r.ok) {
      setFile(null)
      setRowErrors(null)
      showSuccess(`已导入 ${r.data.rows} 人${r.data.tasksCreated ? `，新建约谈任务 ${r.data.tasksCreated} 个` : ''}`)
      return void detail.reload()
    }
    const errs = (r.error.details as { errors?: ScreeningRowError[] } | undefined)?.errors
    if (r.error.code === 'SCREENING.INVALID_FILE' && errs) setRowErrors(errs)
    else showError(r.error)
  }
  const pickWeapp = async () => {
    try {
      const f = await chooseWeappFile()
      if (f) setFile(f)
    } catch (e) {
      showError((e as Error).message)
    }
  }
  if (detail.status === 'error' && !detail.data) return <ErrorState error={detail.error} onRetry={() => void detail.reload()} />
  const d = detail.data
  if (!d) return <Loading />
  return (
    <View className='xq-st-round'>
      <Card title={d.name} extra={<Tag tone={d.rates.complete ? 'success' : 'key'}>{d.rates.complete ? '已完成' : '未完成'}</Tag>}>
        <Text className='xq-st-muted'>{d.targetGrades.join('、')} · {d.startDate} 至 {d.endDate}</Text>
        <Text className='xq-st-rate'>{rateText(d.rates)}</Text>
        {d.lastImport && <Text className='xq-st-muted'>最近导入：{d.lastImport.filename}（{d.lastImport.rows} 人）</Text>}
      </Card>
      <Card title='导入参测名单' className='xq-st-import'>
        <Text className='xq-st-muted'>列：学号（必填）、姓名（可选）、结果等级（可选）。再次导入以新名单为准，不会重复。</Text>
        <View className='xq-st-actions'>
          {process.env.TARO_ENV === 'h5' ? (
            <label className='xq-st-file'>
              选择文件
              <input type='file' accept='.csv,.xlsx' data-testid='screening-file' style={{ display: 'none' }}
                onChange={(e) => {
                  const f = e.currentTarget.files?.[0]
                  e.currentTarget.value = ''
                  if (f) readBrowserFile(f).then(setFile, (err: Error) => showError(err.message))
                }} />
            </label>
          ) : <Button size='sm' variant='secondary' onClick={() => void pickWeapp()}>选择文件</Button>}
          <Button size='sm' disabled={!file} loading={busy} onClick={() => void upload()}>导入名单</Button>
        </View>
        {file && <Text className='xq-st-muted'>已选择 {file.name}</Text>}
      </Card>
      {rowErrors && (
        <Card title={`名单有 ${rowErrors.length} 处错误，未导入任何数据`} accent='crisis'>
          {rowErrors.map((e, i) => <Text key={i} className='xq-st-error'>{e.row > 0 ? `第 ${e.row} 行` : '文件'}{e.column ? ` · ${e.column}` : ''}：{e.reason}</Text>)}
        </Card>
      )}
      <Section title='各班参测率'>
        {d.byClass.length === 0 ? <Empty icon='班' title='尚未导入名单' /> : d.byClass.map((c) => (
          <Card key={c.classId} className='xq-st-class' title={c.className} extra={<Tag tone={c.complete ? 'success' : 'key'}>{c.complete ? '已完成' : `待处理 ${c.open}`}</Tag>}>
            <Text className='xq-st-rate'>{rateText(c)}</Text>
          </Card>
        ))}
      </Section>
    </View>
  )
}

export function ScreeningHead() {
  const rounds = useRemote(() => listScreenings(), [])
  const [picked, setPicked] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  if (rounds.status === 'error' && !rounds.data) return <ErrorState error={rounds.error} onRetry={() => void rounds.reload()} />
  if (!rounds.data) return <Loading />
  const current = rounds.data.find((r) => r._id === picked) ?? rounds.data[0]
  return (
    <Page title='普测参测' subtitle='参测率与名单导入'>
      <View className='xq-st-actions'>
        {rounds.data.map((r) => (
          <Button key={r._id} size='sm' variant={r._id === current?._id ? 'primary' : 'secondary'} onClick={() => setPicked(r._id)}>{r.name}</Button>
        ))}
        <Button size='sm' variant='ghost' onClick={() => setCreating(!creating)}>{creating ? '收起' : '新建轮次'}</Button>
      </View>
      {(creating || rounds.data.length === 0) && <CreateRound onCreated={() => { setCreating(false); void rounds.reload() }} />}
      {current && <RoundDetail key={current._id} roundId={current._id} />}
    </Page>
  )
}
