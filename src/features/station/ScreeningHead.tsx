/**
 * 站长 · 普测参测：建轮次（名称、目标年级、日期、需约谈等级），上传中心的参测名单（CSV/XLSX，整份校验），
 * 看各班与整轮的参测率。名单错误逐行列出，未导入任何数据。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ScreeningRowError } from '../../../types/api/station'
import type { Result } from '../../../types/result'
import { Button, Card, Empty, Field, Page, Section, Tag, TextInput } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { createScreening, getScreening, importScreening, listScreenings, type ScreeningImportOutput, type ScreeningRoundView } from '../../services/api/station'
import { uploadFor } from '../../services/upload'
import { ChooseFile, type PickedFile } from '../../shared/files'
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
  const submit = useAction(async () => {
    const r = await createScreening({ name, targetGrades: list(grades), startDate: start, endDate: end, flaggedTiers: list(tiers) })
    setErrors(r.ok ? {} : Object.fromEntries((r.error.fields ?? []).map((f) => [f.path.split('.')[0], f.message])))
    return r
  }, { success: '已建轮次', onDone: onCreated })
  return (
    <Card title='新建普测轮次'>
      <Field label='名称' required error={errors.name}><TextInput name='screening-name' value={name} onChange={setName} placeholder='如 2026级新生心理普测' /></Field>
      <Field label='目标年级' required error={errors.targetGrades} hint='多个年级用逗号分隔'><TextInput name='screening-grades' value={grades} onChange={setGrades} placeholder='2026级' /></Field>
      <Field label='开始日期' required error={errors.startDate}><TextInput name='screening-start' value={start} onChange={setStart} placeholder='YYYY-MM-DD' /></Field>
      <Field label='结束日期' required error={errors.endDate}><TextInput name='screening-end' value={end} onChange={setEnd} placeholder='YYYY-MM-DD' /></Field>
      <Field label='需约谈的结果等级' hint='名单“结果等级”列中的值，如 重点、危机'><TextInput name='screening-tiers' value={tiers} onChange={setTiers} /></Field>
      <Button block loading={submit.busy} onClick={() => void submit.run()}>建立轮次</Button>
    </Card>
  )
}

function RoundDetail({ roundId }: { roundId: string }) {
  const detail = useRemote(() => getScreening(roundId), [roundId])
  const [file, setFile] = useState<PickedFile | null>(null)
  const [rowErrors, setRowErrors] = useState<ScreeningRowError[] | null>(null)
  /** 名单的逐行错误列在下方的表里（不弹提示）：答复 ok、data 为 null */
  const upload = useAction(async (f: PickedFile): Promise<Result<ScreeningImportOutput | null>> => {
    const up = await uploadFor('screening', f.name, f.file)
    const r = up.ok ? await importScreening({ roundId, fileID: up.data.fileID }) : up
    const errs = r.ok ? undefined : (r.error.details as { errors?: ScreeningRowError[] } | undefined)?.errors
    setRowErrors(!r.ok && r.error.code === 'SCREENING.INVALID_FILE' && errs ? errs : null)
    if (!r.ok && r.error.code === 'SCREENING.INVALID_FILE' && errs) return { ok: true, data: null }
    return r
  }, {
    success: (out) => out ? `已导入 ${out.rows} 人${out.tasksCreated ? `，新建约谈任务 ${out.tasksCreated} 个` : ''}` : undefined,
    onDone: (out) => {
      if (!out) return
      setFile(null)
      void detail.reload()
    },
  })
  return <RemoteView remote={detail}>{(d) => (
      <View className='xq-st-round'>
        <Card title={d.name} extra={<Tag tone={d.rates.complete ? 'success' : 'key'}>{d.rates.complete ? '已完成' : '未完成'}</Tag>}>
          <Text className='xq-st-muted'>{d.targetGrades.join('、')} · {d.startDate} 至 {d.endDate}</Text>
          <Text className='xq-st-rate'>{rateText(d.rates)}</Text>
          {d.lastImport && <Text className='xq-st-muted'>最近导入：{d.lastImport.filename}（{d.lastImport.rows} 人）</Text>}
        </Card>
        <Card title='导入参测名单' className='xq-st-import'>
          <Text className='xq-st-muted'>列：学号（必填）、姓名（可选）、结果等级（可选）。再次导入以新名单为准，不会重复。</Text>
          <View className='xq-st-actions'>
            <ChooseFile purpose='screening' className='xq-st-file' testId='screening-file' onPicked={setFile} />
            <Button size='sm' disabled={!file} loading={upload.busy} onClick={() => file && void upload.run(file)}>导入名单</Button>
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
  )}</RemoteView>
}

export function ScreeningHead() {
  const rounds = useRemote(() => listScreenings(), [])
  return (
    <Page title='普测参测' subtitle='参测率与名单导入'>
      <RemoteView remote={rounds}>{(all) => <Rounds all={all} onCreated={() => void rounds.reload()} />}</RemoteView>
    </Page>
  )
}

function Rounds({ all, onCreated }: { all: ScreeningRoundView[]; onCreated: () => void }) {
  const [picked, setPicked] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const current = all.find((r) => r._id === picked) ?? all[0]
  return (
    <View>
      <View className='xq-st-actions'>
        {all.map((r) => (
          <Button key={r._id} size='sm' variant={r._id === current?._id ? 'primary' : 'secondary'} onClick={() => setPicked(r._id)}>{r.name}</Button>
        ))}
        <Button size='sm' variant='ghost' onClick={() => setCreating(!creating)}>{creating ? '收起' : '新建轮次'}</Button>
      </View>
      {(creating || all.length === 0) && <CreateRound onCreated={() => { setCreating(false); onCreated() }} />}
      {current && <RoundDetail key={current._id} roundId={current._id} />}
    </View>
  )
}
