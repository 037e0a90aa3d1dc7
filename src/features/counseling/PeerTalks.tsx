/** 朋辈谈心：学生骨干记录与查看状态；辅导员确认或退回 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState, type ReactNode } from 'react'
import { CONCERN_CATEGORIES, TALK_FORMS, TALK_FORM_LABELS, type ConcernCategory, type TalkForm } from '../../../types/domain'
import { Button, Card, Field, FieldGroup, RadioGroup, Select, Switch, Tag, TextArea } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { ReviewActions } from '../../components/ReviewActions'
import { useAction } from '../../hooks/useAction'
import { useList } from '../../hooks/useList'
import { fieldErrorMap } from '../../services/errors'
import {
  confirmPeerTalk, createPeerTalk, listPeerTalks, resubmitPeerTalk, returnPeerTalk, type PeerTalkView,
} from '../../services/api/counseling'
import { DraftBanner, useDraft, useLiveErrors } from '../../shared/forms'
import { openPage, pageUrl } from '../../shared/navigation'
import { REVIEW_STATUS_TEXT, REVIEW_STATUS_TONE } from './format'
import './counseling.scss'
import { DateField, dateText, StudentPicker, today } from '../../shared/forms'

type CadrePkg = 'committee' | 'observer'

/** 记录（或修改被退回的）朋辈谈心 */
interface PeerFormState {
  student: { id: string; name: string } | null
  date: string
  form: TalkForm
  category: ConcernCategory | null
  summary: string
  needsCounselor: boolean
}

function validatePeer(v: PeerFormState): Record<string, string> {
  const out: Record<string, string> = {}
  if (!v.student) out.studentId = '请选择同学'
  if (!v.category) out.category = '请选择谈心主题'
  if (!v.summary.trim()) out.summary = '请简要记录谈心内容'
  return out
}

export function PeerTalkForm({ pkg, unit, existing }: { pkg: CadrePkg; unit: { classId?: string; dormId?: string }; existing?: PeerTalkView }) {
  const draft = useDraft<PeerFormState>(`peer.${existing?.id ?? 'new'}`, () => ({
    student: existing ? { id: existing.studentId, name: existing.studentName } : null,
    date: existing?.date ?? today(),
    form: existing?.form ?? 'in_person',
    category: existing?.category ?? null,
    summary: existing?.summary ?? '',
    needsCounselor: existing?.needsCounselor ?? false,
  }))
  const { student, date, form, category, summary, needsCounselor } = draft.value
  const [errors, setErrors] = useLiveErrors(draft.value, validatePeer)
  const requestId = useRef(`p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`)
  const save = useAction(() => {
    const fields = { studentId: student!.id, date, form, category: category!, summary: summary.trim(), needsCounselor }
    return existing ? resubmitPeerTalk({ id: existing.id, ...fields }) : createPeerTalk({ ...fields, requestId: requestId.current })
  }, {
    success: existing ? '已重新提交' : '已提交',
    onDone: () => {
      draft.clear()
      void Taro.redirectTo({ url: pageUrl(pkg, 'peer-talks') })
    },
    onError: (e) => setErrors(fieldErrorMap(e)),
  })
  const submit = () => {
    const local = validatePeer(draft.value)
    setErrors(local)
    if (Object.keys(local).length === 0) void save.run()
  }
  return (
    <View>
      <DraftBanner restored={draft.restored} onDiscard={draft.discard} />
      {existing?.comment && <Card accent='key'><Text className='xq-cn-warn'>辅导员退回意见：{existing.comment}</Text></Card>}
      <FieldGroup>
        <Field label={pkg === 'committee' ? '同学（本班）' : '室友（本寝室）'} required error={errors.studentId}>
          <StudentPicker value={student} onChange={(s) => draft.patch({ student: s })} classId={unit.classId} dormId={unit.dormId} invalid={!!errors.studentId} />
        </Field>
        <Field label='谈心日期' required error={errors.date}>
          <DateField value={date} end={today()} onChange={(d) => draft.patch({ date: d })} />
        </Field>
        <Field label='形式' required>
          <RadioGroup look='segmented' options={TALK_FORMS.map((f) => ({ value: f, label: TALK_FORM_LABELS[f] }))} value={form} onChange={(f) => draft.patch({ form: f })} />
        </Field>
        <Field label='主题类别' required error={errors.category}>
          <Select options={CONCERN_CATEGORIES.map((c) => ({ value: c, label: c }))} value={category} onChange={(c) => draft.patch({ category: c })} invalid={!!errors.category} />
        </Field>
        <Field label='谈心内容' required error={errors.summary} hint='简要记录，注意保护同学隐私'>
          <TextArea name='summary' value={summary} maxLength={500} invalid={!!errors.summary} onChange={(t) => draft.patch({ summary: t })} />
        </Field>
        <Field label='需要辅导员介入' inline hint={needsCounselor ? '提交后会为辅导员生成约谈任务' : undefined}>
          <Switch checked={needsCounselor} onChange={(n) => draft.patch({ needsCounselor: n })} />
        </Field>
      </FieldGroup>
      <Button block size='lg' loading={save.busy} onClick={submit}>{existing ? '修改后重新提交' : '提交'}</Button>
    </View>
  )
}

function PeerCard({ p, children }: { p: PeerTalkView; children?: ReactNode }) {
  return (
    <Card
      title={<View className='xq-cn-tags'><Text>{p.studentName}</Text><Text className='xq-cn-muted'>{p.className}</Text></View>}
      extra={<Tag tone={REVIEW_STATUS_TONE[p.status]}>{REVIEW_STATUS_TEXT[p.status]}</Tag>}
    >
      <Text className='xq-cn-line xq-cn-muted'>{dateText(p.date)} · {TALK_FORM_LABELS[p.form]} · {p.category} · {p.reporterName}</Text>
      <Text className='xq-cn-para'>{p.summary}</Text>
      {p.needsCounselor && <Tag tone='key'>需要辅导员</Tag>}
      {p.comment && <Text className='xq-cn-warn'>退回意见：{p.comment}</Text>}
      {children}
    </Card>
  )
}

/** 学生骨干：我的朋辈谈心记录及状态 */
export function MyPeerTalks({ pkg }: { pkg: CadrePkg }) {
  const list = useList((page, pageSize) => listPeerTalks({ page, pageSize }), [])
  return (
    <View>
      <RemoteList
        list={list}
        header={() => (
          <View className='xq-cn-actions xq-cn-actions--block'>
            <Button onClick={() => openPage(pageUrl(pkg, 'peer-new'))}>记录朋辈谈心</Button>
          </View>
        )}
        empty={{ icon: '朋', title: '还没有记录', desc: '与同学谈心后在这里记录，辅导员确认后计入本站朋辈辅导工作' }}
        renderItem={(p) => (
          <PeerCard key={p.id} p={p}>
            {p.status === 'returned' && p.mine && (
              <View className='xq-cn-actions'>
                <Button size='sm' onClick={() => openPage(pageUrl(pkg, 'peer-new', { id: p.id }))}>修改后重新提交</Button>
              </View>
            )}
          </PeerCard>
        )}
      />
    </View>
  )
}

/** 辅导员：确认或退回一条朋辈谈心 */
export function PeerReviewCard({ p, onChanged }: { p: PeerTalkView; onChanged: () => void }) {
  return (
    <PeerCard p={p}>
      {p.status === 'pending' && (
        <ReviewActions
          onConfirm={() => confirmPeerTalk({ id: p.id })}
          onReturn={(comment) => returnPeerTalk({ id: p.id, comment })}
          onDone={onChanged}
          returnTitle='退回朋辈谈心记录'
          returnPlaceholder='请写明需要补充或修改的地方'
        />
      )}
    </PeerCard>
  )
}

export function PeerReviewList() {
  const [status, setStatus] = useState<'pending' | 'confirmed' | 'returned'>('pending')
  const list = useList((page, pageSize) => listPeerTalks({ status, page, pageSize }), [status])
  return (
    <View>
      <View className='xq-cn-filter'>
        <RadioGroup look='segmented' options={(['pending', 'confirmed', 'returned'] as const).map((s) => ({ value: s, label: REVIEW_STATUS_TEXT[s] }))} value={status} onChange={setStatus} />
      </View>
      <RemoteList list={list} empty={{ icon: '朋', title: '没有记录' }} renderItem={(p) => <PeerReviewCard key={p.id} p={p} onChanged={() => void list.reload()} />} />
    </View>
  )
}
