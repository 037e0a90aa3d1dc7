/** 晚点名记录表单（心理委员记录本班、辅导员记录所带班级）；辅导员可在此确认或退回 */
import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ABSENCE_REASONS, ABSENCE_REASON_LABELS, type AbsenceReason } from '../../../types/domain'
import {
  Button, Card, Field, FieldGroup, RadioGroup, RemoteView, Select, Tag, TextInput,
} from '../../components'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { fieldErrorMap } from '../../services/errors'
import { getRollCall, saveRollCall, type RollCallGetResult } from '../../services/api/counseling'
import { DraftBanner, useDraft, useLiveErrors } from '../../shared/forms'
import { ROLLCALL_STATUS_TEXT, ROLLCALL_STATUS_TONE, whenText } from './format'
import { RollCallRow } from './RollCallBoard'
import { initialState, toPayload, validate, type RollCallFormState } from './rollcallForm'
import './counseling.scss'
import { DateField, dateText, TimeField, today } from '../../shared/forms'

const REASONS = ABSENCE_REASONS.map((r) => ({ value: r, label: ABSENCE_REASON_LABELS[r] }))

function Editor({ data, correction, onSaved }: { data: RollCallGetResult; correction: boolean; onSaved: () => void }) {
  const draft = useDraft<RollCallFormState>(`rollcall.${data.classId}.${data.week}${correction ? '.correction' : ''}`, () => initialState(data, today()))
  const s = draft.value
  const setS = draft.set
  const { rebase } = draft
  const [errors, setErrors] = useLiveErrors(s, validate)
  useEffect(() => rebase(initialState(data, today())), [data, rebase])
  const set = (patch: Partial<RollCallFormState>) => setS((x) => ({ ...x, ...patch }))
  const setAbsences = (absences: RollCallFormState['absences']) =>
    setS((x) => ({ ...x, absences, present: /^\d+$/.test(x.expected) ? String(Math.max(0, Number(x.expected) - absences.length)) : x.present }))
  const candidates = data.roster.filter((r) => !s.absences.some((a) => a.studentId === r.studentId)).map((r) => ({ value: r.studentId, label: `${r.name}（${r.studentNo}）` }))

  const save = useAction(() => saveRollCall(toPayload(data.classId, data.week, s, correction)), {
    success: correction ? '已提交更正' : '已保存',
    onDone: () => {
      draft.clear()
      onSaved()
    },
    onError: (e) => setErrors(fieldErrorMap(e)),
  })
  const submit = () => {
    const local = validate(s)
    setErrors(local)
    if (Object.keys(local).length === 0) void save.run()
  }

  return (
    <View>
      <DraftBanner restored={draft.restored} onDiscard={draft.discard} />
      <FieldGroup title={correction ? '更正版本（提交后需辅导员重新确认）' : '点名情况'}>
        <Field label='点名日期' required error={errors.heldAt}>
          <DateField value={s.date} onChange={(date) => set({ date })} end={today()} />
        </Field>
        <Field label='点名时间' required>
          <TimeField value={s.time} onChange={(time) => set({ time })} />
        </Field>
        <Field label='应到人数' required error={errors.expected} hint={`名册 ${data.rosterCount} 人`}>
          <TextInput type='number' name='expected' value={s.expected} onChange={(expected) => set({ expected, present: /^\d+$/.test(expected) ? String(Math.max(0, Number(expected) - s.absences.length)) : s.present })} />
        </Field>
        <Field label='实到人数' required error={errors.present}>
          <TextInput type='number' name='present' value={s.present} onChange={(present) => set({ present })} />
        </Field>
      </FieldGroup>
      <FieldGroup title={`缺勤学生（${s.absences.length}）`}>
        {s.absences.map((a, i) => (
          <Field key={a.studentId} label={a.name} error={errors[`absences.${i}.note`] ?? errors[`absences.${i}.studentId`]}>
            <RadioGroup options={REASONS} value={a.reason} onChange={(reason: AbsenceReason) => setAbsences(s.absences.map((x, j) => (j === i ? { ...x, reason } : x)))} />
            {a.reason === 'other' && (
              <TextInput value={a.note} placeholder='请说明原因' maxLength={200} onChange={(note) => setAbsences(s.absences.map((x, j) => (j === i ? { ...x, note } : x)))} />
            )}
            <Button size='sm' variant='text' onClick={() => setAbsences(s.absences.filter((_, j) => j !== i))}>移除</Button>
          </Field>
        ))}
        <Field label='添加缺勤学生'>
          <Select
            options={candidates}
            value={null}
            placeholder={candidates.length ? '从本班名册选择' : '名册中已无可选学生'}
            disabled={!candidates.length}
            onChange={(id) => {
              const r = data.roster.find((x) => x.studentId === id)!
              setAbsences([...s.absences, { studentId: id, name: r.name, reason: 'leave', note: '' }])
            }}
          />
        </Field>
      </FieldGroup>
      <FieldGroup>
        <Field label='主题班会' hint='本周召开了主题班会时填写主题'>
          <TextInput name='meetingTopic' value={s.meetingTopic} maxLength={100} placeholder='如：心理健康月主题班会' onChange={(meetingTopic) => set({ meetingTopic })} />
        </Field>
      </FieldGroup>
      <Button block size='lg' loading={save.busy} onClick={submit}>{correction ? '提交更正' : '提交晚点名'}</Button>
    </View>
  )
}

/** classId 为空时显示提示；reviewer = 辅导员/站长（可确认、退回） */
export function RollCallForm({ classId, week, reviewer }: { classId: string; week?: number; reviewer?: boolean }) {
  const [w, setW] = useState(week)
  const [correcting, setCorrecting] = useState(false)
  const res = useRemote(() => getRollCall({ classId, ...(w ? { week: w } : {}) }), [classId, w])
  const reload = () => {
    setCorrecting(false)
    void res.reload()
  }
  return <RemoteView remote={res}>{(data) => {
    const rec = data.record
    return (
    <View>
      <View className='xq-cn-weekbar'>
        <Button size='sm' variant='text' disabled={data.week <= 1} onClick={() => setW(data.week - 1)}>‹ 上一周</Button>
        <Text className='xq-cn-weekbar__title'>{data.className} · 第 {data.week} 周</Text>
        <Button size='sm' variant='text' onClick={() => setW(data.week + 1)}>下一周 ›</Button>
      </View>
      {rec && (
        <Card title={`本周记录 · 第 ${rec.revision} 版`} extra={<View className='xq-cn-tags'>{rec.correction && <Tag tone='key'>更正</Tag>}<Tag tone={ROLLCALL_STATUS_TONE[rec.status]}>{ROLLCALL_STATUS_TEXT[rec.status]}</Tag></View>}>
          <Text className='xq-cn-line'>{whenText(rec.heldAt)} · 应到 {rec.expected} · 实到 {rec.present} · 缺勤 {rec.absences.length}</Text>
          {rec.absences.map((a) => (
            <Text key={a.studentId} className='xq-cn-line xq-cn-muted'>{a.studentName}：{ABSENCE_REASON_LABELS[a.reason]}{a.note ? `（${a.note}）` : ''}</Text>
          ))}
          {rec.meetingTopic && <Text className='xq-cn-line'>主题班会：{rec.meetingTopic}</Text>}
          <Text className='xq-cn-line xq-cn-muted'>记录人：{rec.recordedByName}{rec.confirmedAt ? ` · ${whenText(rec.confirmedAt)} 确认` : ''}</Text>
          {rec.returnComment && <Text className='xq-cn-warn'>退回意见：{rec.returnComment}</Text>}
          {rec.revisions.length > 1 && (
            <Text className='xq-cn-line xq-cn-muted'>版本：{rec.revisions.map((r) => `第${r.revision}版${r.correction ? '(更正)' : ''} ${whenText(r.savedAt)}`).join('；')}</Text>
          )}
        </Card>
      )}
      {reviewer && rec?.status === 'pending' && (
        <RollCallRow
          row={{ classId, className: data.className, status: 'pending', rollCallId: rec.id, revision: rec.revision, heldAt: rec.heldAt, expected: rec.expected, present: rec.present, absentCount: rec.absences.length }}
          week={data.week}
          onChanged={reload}
        />
      )}
      {rec?.status === 'confirmed' && !correcting ? (
        <Card>
          <Text className='xq-cn-line'>已确认的记录已锁定。如有错误，可提交更正版本（{dateText(data.weekStart)}起的第 {data.week} 周）。</Text>
          <Button block variant='secondary' onClick={() => setCorrecting(true)}>提交更正</Button>
        </Card>
      ) : (
        <Editor data={data} correction={rec?.status === 'confirmed'} onSaved={reload} />
      )}
    </View>
    )
  }}</RemoteView>
}
