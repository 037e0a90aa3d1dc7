/**
 * 站长 · 考核手册：各项建议分与理由（由记录实时计算）、自评分与说明、证明材料说明与上传（点文件名经临时链接打开）、缺失材料与各项指标（一键去补 / 去看）、提交与导出。
 * 已提交的手册显示冻结版本且不可改；中心退回时显示意见。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button, Card, ErrorState, Field, Loading, Page, Section, showError, showSuccess, Tag, TextArea, TextInput } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { exportBinder, getBinder, noteSlot, scoreItem, submitBinder, type BinderView } from '../../services/api/assessment'
import { ENV } from '../../config/env'
import { browserDoc, chooseWeappDoc, DOC_ACCEPT, openAttached, uploadToSlot, type PickedDoc } from './attach'
import { allSlotsOf, openExport } from './shared'
import { IndicatorList } from './IndicatorList'
import { MissingList } from './MissingList'
import { parseScore, scoreText } from '../../shared/assessment/targets'
import { PrivacyConsent } from '../../shared/privacy'
import './assessment.scss'

type Item = BinderView['items'][number]

function ItemCard({ v, item, editable, onSaved }: { v: BinderView; item: Item; editable: boolean; onSaved: () => void }) {
  const sug = v.suggestion.items.find((s) => s.itemId === item.itemId)
  const [score, setScore] = useState(item.self ? String(item.self.score) : '')
  const [comment, setComment] = useState(item.self?.comment ?? '')
  const [error, setError] = useState<string>()
  const save = async () => {
    const p = parseScore(score, item.max)
    if (!p.ok) return setError(p.message)
    setError(undefined)
    const r = await scoreItem({ schoolYear: v.schoolYear, itemId: item.itemId, score: p.score, comment })
    if (!r.ok) return showError(r.error)
    showSuccess('已保存自评')
    onSaved()
  }
  return (
    <Card title={`${item.name}（满分 ${item.max}）`} extra={<Tag tone='primary'>{`建议 ${scoreText(item.suggested)}`}</Tag>}>
      {(sug?.points ?? []).flatMap((p) => p.reasons).map((r, i) => (
        <Text key={i} className={r.delta < 0 ? 'xq-binder-reason xq-binder-reason--minus' : 'xq-binder-reason'}>{r.text}</Text>
      ))}
      {item.panel && <Text className='xq-binder-muted'>中心评分 {scoreText(item.panel.score)}{item.panel.comment ? `：${item.panel.comment}` : ''}</Text>}
      {editable ? (
        <View>
          <Field label='自评分' error={error}><TextInput name={`score-${item.itemId}`} type='digit' value={score} onChange={setScore} /></Field>
          <Field label='自评说明'><TextArea name={`comment-${item.itemId}`} value={comment} maxLength={500} onChange={setComment} /></Field>
          <Button size='sm' onClick={() => void save()}>保存自评</Button>
        </View>
      ) : (
        <Text className='xq-binder-muted'>自评 {scoreText(item.self?.score)}{item.self?.comment ? `：${item.self.comment}` : ''}</Text>
      )}
    </Card>
  )
}

function UploadButton({ onPicked }: { onPicked: (doc: PickedDoc) => void }) {
  if (ENV.platform === 'h5') {
    return (
      <label className='xq-binder-upload'>
        上传文件
        <input
          type='file'
          accept={DOC_ACCEPT}
          data-testid='binder-upload'
          style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            e.currentTarget.value = ''
            if (!file) return
            try {
              onPicked(browserDoc(file))
            } catch (err) {
              showError((err as Error).message)
            }
          }}
        />
      </label>
    )
  }
  const choose = async () => {
    try {
      const doc = await chooseWeappDoc()
      if (doc) onPicked(doc)
    } catch (err) {
      showError((err as Error).message)
    }
  }
  return <Button size='sm' variant='secondary' onClick={() => void choose()}>上传文件</Button>
}

function SlotNote({ v, slot, label, onSaved }: { v: BinderView; slot: string; label: string; onSaved: () => void }) {
  const [note, setNote] = useState(v.documents[slot]?.note ?? '')
  const [busy, setBusy] = useState(false)
  const files = v.documents[slot]?.files ?? []
  const save = async () => {
    const r = await noteSlot({ schoolYear: v.schoolYear, slot, note })
    if (!r.ok) return showError(r.error)
    showSuccess('已保存说明')
    onSaved()
  }
  const upload = async (doc: PickedDoc) => {
    setBusy(true)
    const r = await uploadToSlot(v.schoolYear, slot, doc)
    setBusy(false)
    if (!r.ok) return showError(r.error)
    showSuccess('已上传')
    onSaved()
  }
  const open = async (fileId: string) => {
    const r = await openAttached(fileId)
    if (!r.ok) showError(r.error)
  }
  return (
    <Field label={label}>
      {files.map((f) => (
        <Text key={f.fileId} className='xq-binder-file' onClick={() => void open(f.fileId)}>{f.filename}</Text>
      ))}
      <TextArea name={`slot-${slot}`} value={note} maxLength={2000} onChange={setNote} />
      <View className='xq-binder-slot-actions'>
        <Button size='sm' variant='secondary' onClick={() => void save()}>保存说明</Button>
        {busy ? <Text className='xq-binder-muted'>上传中…</Text> : <UploadButton onPicked={(d) => void upload(d)} />}
      </View>
    </Field>
  )
}

export function BinderHead({ initialYear }: { initialYear?: string }) {
  const remote = useRemote(() => getBinder(initialYear ? { schoolYear: initialYear } : {}), [initialYear])
  if (remote.status === 'error' && !remote.data) return <ErrorState error={remote.error} onRetry={() => void remote.reload()} />
  const v = remote.data
  if (!v) return <Loading />
  const editable = v.status !== 'submitted'
  const reload = () => void remote.reload()
  const submit = async () => {
    const r = await submitBinder(v.schoolYear)
    if (!r.ok) return showError(r.error)
    showSuccess('已提交校心理中心')
    reload()
  }
  return (
    <Page title='考核手册' subtitle={`${v.schoolYear} 学年 · 建议分 ${v.suggestion.total}（${v.suggestion.gradeLabel}）${v.version ? ` · 第${v.version}版` : ''}`}>
      {v.status === 'returned' && v.returnComment && <Card accent='crisis' title='校心理中心退回'><Text>{v.returnComment}</Text></Card>}
      {v.status === 'submitted' && <Card accent='primary' title='已提交'><Text>自评 {scoreText(v.selfTotal)} 分{v.panelTotal != null ? ` · 中心评分 ${v.panelTotal} 分（${v.gradeLabel}）` : ''}</Text></Card>}
      <Section title={`缺失材料（${v.missing.length}）`}>
        <MissingList items={v.missing} />
      </Section>
      <Section title='指标一览'>
        <IndicatorList indicators={v.indicators} />
      </Section>
      <Section title='各项得分'>
        {v.items.map((item) => <ItemCard key={`${item.itemId}-${v.version}-${item.self?.score ?? ''}`} v={v} item={item} editable={editable} onSaved={reload} />)}
      </Section>
      {editable && (
        <Section title='证明材料说明'>
          {allSlotsOf(v).map((s) => <SlotNote key={s.key} v={v} slot={s.key} label={s.label} onSaved={reload} />)}
        </Section>
      )}
      <View className='xq-binder-actions'>
        {editable && <Button onClick={() => void submit()}>提交考核手册</Button>}
        <Button variant='secondary' onClick={() => void exportBinder({ schoolYear: v.schoolYear, format: 'xlsx' }).then(openExport)}>导出 .xlsx</Button>
        <Button variant='ghost' onClick={() => void exportBinder({ schoolYear: v.schoolYear, format: 'docx' }).then(openExport)}>导出自评报告</Button>
      </View>
      <PrivacyConsent />
    </Page>
  )
}
