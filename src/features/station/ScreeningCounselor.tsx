/**
 * 辅导员 · 普测未参测学生：选轮次，看负责范围内的参测率与未参测名单；登记原因（休学/病假/实习/拒绝/其他+说明）或标记已补测。
 * 每名学生都已参测或有原因时，本范围显示“已完成”。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ScreeningReason } from '../../../types/models-station'
import { Button, Card, Empty, Field, Page, RadioGroup, Section, Sheet, Tag, TextArea } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { listScreenings, markScreening, screeningGaps, type ScreeningGapView, type ScreeningRoundView } from '../../services/api/station'
import { rateText, REASON_OPTIONS } from './format'
import './station.scss'

function ReasonSheet({ roundId, gap, onClose, onSaved }: { roundId: string; gap: ScreeningGapView; onClose: () => void; onSaved: () => void }) {
  const [reason, setReason] = useState<ScreeningReason>('sick')
  const [note, setNote] = useState('')
  const save = useAction(() => markScreening({ roundId, studentId: gap.studentId, mark: 'reason', reason, ...(note.trim() ? { note: note.trim() } : {}) }),
    { success: '已登记原因', onDone: onSaved })
  return (
    <Sheet title={`${gap.studentName} · 未参测原因`} onClose={onClose} footer={<Button block loading={save.busy} onClick={() => void save.run()}>保存</Button>}>
      <Field label='原因' required><RadioGroup options={REASON_OPTIONS} value={reason} onChange={setReason} /></Field>
      <Field label='说明' required={reason === 'other'} hint='原因为“其他”时必填'>
        <TextArea name='screening-note' value={note} onChange={setNote} maxLength={200} placeholder='如：返校后补测' />
      </Field>
    </Sheet>
  )
}

function Gaps({ roundId, onChanged }: { roundId: string; onChanged: () => void }) {
  const gaps = useRemote(() => screeningGaps({ roundId, includeExplained: true }), [roundId])
  const [editing, setEditing] = useState<ScreeningGapView | null>(null)
  const changed = () => {
    void gaps.reload()
    onChanged()
  }
  const done = useAction((g: ScreeningGapView) => markScreening({ roundId, studentId: g.studentId, mark: 'done' }), { success: '已标记补测', onDone: changed })
  return (
    <>
      <RemoteView remote={gaps}>{(all) => <GapSections all={all} onDone={(g) => void done.run(g)} onReason={setEditing} />}</RemoteView>
      {editing && <ReasonSheet roundId={roundId} gap={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); changed() }} />}
    </>
  )
}

function GapSections({ all, onDone, onReason }: { all: ScreeningGapView[]; onDone: (g: ScreeningGapView) => void; onReason: (g: ScreeningGapView) => void }) {
  const open = all.filter((g) => !g.madeUp && !g.reason)
  const explained = all.filter((g) => g.madeUp || g.reason)
  return (
    <View>
      <Section title={`待处理 ${open.length} 人`}>
        {open.length === 0 ? <Empty icon='齐' title='负责范围内每名学生都已参测或登记了原因' /> : open.map((g) => (
          <Card key={g.studentId} className='xq-st-gap' title={`${g.studentName} · ${g.studentNo}`} extra={<Text className='xq-st-muted'>{g.className}</Text>}>
            <View className='xq-st-actions'>
              <Button size='sm' onClick={() => onDone(g)}>已补测</Button>
              <Button size='sm' variant='secondary' onClick={() => onReason(g)}>登记原因</Button>
            </View>
          </Card>
        ))}
      </Section>
      {explained.length > 0 && (
        <Section title={`已处理 ${explained.length} 人`}>
          {explained.map((g) => (
            <Card key={g.studentId} title={`${g.studentName} · ${g.studentNo}`} extra={<Tag tone={g.madeUp ? 'success' : undefined}>{g.madeUp ? '已补测' : g.reason!.label}</Tag>}>
              <Text className='xq-st-muted'>{g.className}{g.reason?.note ? ` · ${g.reason.note}` : ''}</Text>
            </Card>
          ))}
        </Section>
      )}
    </View>
  )
}

export function ScreeningCounselor() {
  const rounds = useRemote(() => listScreenings(), [])
  return (
    <Page title='普测参测' subtitle='负责班级的未参测学生'>
      <RemoteView remote={rounds}>{(all) => <Rounds all={all} onChanged={() => void rounds.reload()} />}</RemoteView>
    </Page>
  )
}

function Rounds({ all, onChanged }: { all: ScreeningRoundView[]; onChanged: () => void }) {
  const [picked, setPicked] = useState<string | null>(null)
  const current = all.find((r) => r._id === picked) ?? all[0]
  if (!current) return <Empty icon='测' title='还没有普测轮次' />
  return (
    <View>
      <RadioGroup options={all.map((r) => ({ value: r._id, label: r.name }))} value={current._id} onChange={setPicked} />
      <Card title={current.name} extra={<Tag tone={current.rates.complete ? 'success' : 'key'}>{current.rates.complete ? '已完成' : '未完成'}</Tag>}>
        <Text className='xq-st-rate'>{rateText(current.rates)}</Text>
      </Card>
      <Gaps key={current._id} roundId={current._id} onChanged={onChanged} />
    </View>
  )
}
