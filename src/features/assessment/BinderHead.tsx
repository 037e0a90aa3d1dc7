/**
 * 站长 · 考核手册：各项建议分与理由（由记录实时计算）、自评分与说明、证明材料说明与上传（点文件名经临时链接打开）、缺失材料与各项指标（一键去补 / 去看）、提交与导出。
 * 已提交的手册显示冻结版本且不可改；中心退回时显示意见。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button, Card, Field, Page, Section, Tag, TextArea, TextInput } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { exportBinder, getBinder, noteSlot, scoreItem, submitBinder, type BinderView } from '../../services/api/assessment'
import { ChooseFile, openExported, type PickedFile } from '../../shared/files'
import { openAttached, uploadToSlot } from './attach'
import { allSlotsOf } from './shared'
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
  const save = useAction((score: number) => scoreItem({ schoolYear: v.schoolYear, itemId: item.itemId, score, comment }), { success: '已保存自评', onDone: onSaved })
  const check = () => {
    const p = parseScore(score, item.max)
    setError(p.ok ? undefined : p.message)
    if (p.ok) void save.run(p.score)
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
          <Button size='sm' loading={save.busy} onClick={check}>保存自评</Button>
        </View>
      ) : (
        <Text className='xq-binder-muted'>自评 {scoreText(item.self?.score)}{item.self?.comment ? `：${item.self.comment}` : ''}</Text>
      )}
    </Card>
  )
}

function SlotNote({ v, slot, label, onSaved }: { v: BinderView; slot: string; label: string; onSaved: () => void }) {
  const [note, setNote] = useState(v.documents[slot]?.note ?? '')
  const files = v.documents[slot]?.files ?? []
  const save = useAction(() => noteSlot({ schoolYear: v.schoolYear, slot, note }), { success: '已保存说明', onDone: onSaved })
  const upload = useAction((doc: PickedFile) => uploadToSlot(v.schoolYear, slot, doc), { success: '已上传', onDone: onSaved })
  const open = useAction(openAttached)
  return (
    <Field label={label}>
      {files.map((f) => (
        <Text key={f.fileId} className='xq-binder-file' onClick={() => void open.run(f.fileId)}>{f.filename}</Text>
      ))}
      <TextArea name={`slot-${slot}`} value={note} maxLength={2000} onChange={setNote} />
      <View className='xq-binder-slot-actions'>
        <Button size='sm' variant='secondary' loading={save.busy} onClick={() => void save.run()}>保存说明</Button>
        {upload.busy ? <Text className='xq-binder-muted'>上传中…</Text> : <ChooseFile purpose='document' text='上传文件' className='xq-binder-upload' testId='binder-upload' onPicked={(d) => void upload.run(d)} />}
      </View>
    </Field>
  )
}

export function BinderHead({ initialYear }: { initialYear?: string }) {
  const remote = useRemote(() => getBinder(initialYear ? { schoolYear: initialYear } : {}), [initialYear])
  return <RemoteView remote={remote}>{(v) => <Binder v={v} onChanged={() => void remote.reload()} />}</RemoteView>
}

function Binder({ v, onChanged: reload }: { v: BinderView; onChanged: () => void }) {
  const editable = v.status !== 'submitted'
  const submit = useAction(() => submitBinder(v.schoolYear), { success: '已提交校心理中心', onDone: reload })
  const xlsx = useAction(() => exportBinder({ schoolYear: v.schoolYear, format: 'xlsx' }), { onDone: openExported })
  const docx = useAction(() => exportBinder({ schoolYear: v.schoolYear, format: 'docx' }), { onDone: openExported })
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
        {editable && <Button loading={submit.busy} onClick={() => void submit.run()}>提交考核手册</Button>}
        <Button variant='secondary' loading={xlsx.busy} onClick={() => void xlsx.run()}>导出 .xlsx</Button>
        <Button variant='ghost' loading={docx.busy} onClick={() => void docx.run()}>导出自评报告</Button>
      </View>
      <PrivacyConsent />
    </Page>
  )
}
