/** 重点关注条目的操作：调整等级、修改关注类别、修改跟进日期、转介、解除。需站长审批的变更提交后提示“已提交审批” */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { CONCERN_CATEGORIES, LEVELS, LEVEL_LABELS, REFERRAL_TARGETS, type ConcernCategory, type Level, type ReferralTarget } from '../../../types/domain'
import type { Result } from '../../../types/result'
import { Button, CheckboxGroup, CommentSheet, Field, RadioGroup, showInfo, TextInput } from '../../components'
import { useAction } from '../../hooks/useAction'
import { closeKeyCare, referKeyCare, updateKeyCare, type KeyCareDetail } from '../../services/api/counseling'
import { REFERRAL_TO_TEXT } from './format'
import './counseling.scss'
import { DateField, today } from '../../shared/forms'

/** 一次变更的结果：APPROVAL.REQUIRED 表示申请已提交（不是失败），算作成功 */
async function change(call: () => Promise<Result<unknown>>, done: string): Promise<Result<{ approval: boolean; done: string }>> {
  const res = await call()
  if (res.ok) return { ok: true, data: { approval: false, done } }
  if (res.error.code === 'APPROVAL.REQUIRED') return { ok: true, data: { approval: true, done } }
  return res
}

type Sheet = null | 'level' | 'categories' | 'followup' | 'refer' | 'close'

const CATEGORY_OPTIONS = CONCERN_CATEGORIES.map((c) => ({ value: c, label: c }))
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x))

export function KeyCareActions({ entry, isHead, onChanged }: { entry: KeyCareDetail; isHead: boolean; onChanged: () => void }) {
  const [sheet, setSheet] = useState<Sheet>(null)
  const [level, setLevel] = useState<Level>(entry.level)
  const [categories, setCategories] = useState<ConcernCategory[]>(entry.categories)
  const [followUp, setFollowUp] = useState(entry.nextFollowUp)
  const [to, setTo] = useState<ReferralTarget>('center')
  const [party, setParty] = useState('校心理中心')
  const [date, setDate] = useState(today())
  const act = useAction(change, {
    success: (c) => (c.approval ? undefined : c.done),
    onDone: (c) => {
      if (c.approval) showInfo('已提交站长审批，审批通过后生效')
      onChanged()
      setSheet(null)
    },
  })
  if (entry.status === 'closed') return null
  const pending = !!entry.pendingApproval
  const busy = act.busy
  const run = (call: () => Promise<Result<unknown>>, done: string) => act.run(call, done)
  const crossing = (entry.level === 'crisis') !== (level === 'crisis')
  return (
    <View>
      <View className='xq-cn-actions xq-cn-actions--grid'>
        <Button size='sm' variant='secondary' disabled={pending} onClick={() => setSheet(sheet === 'level' ? null : 'level')}>调整等级</Button>
        <Button size='sm' variant='secondary' onClick={() => {
          setCategories(entry.categories)
          setSheet(sheet === 'categories' ? null : 'categories')
        }}>修改类别</Button>
        <Button size='sm' variant='secondary' onClick={() => setSheet(sheet === 'followup' ? null : 'followup')}>跟进日期</Button>
        <Button size='sm' variant='secondary' onClick={() => setSheet(sheet === 'refer' ? null : 'refer')}>转介</Button>
        <Button size='sm' variant='danger' disabled={pending} onClick={() => setSheet('close')}>解除关注</Button>
      </View>
      {pending && <Text className='xq-cn-line xq-cn-muted'>有待站长审批的申请，审批后才能再调整等级或解除。</Text>}
      {sheet === 'level' && (
        <View className='xq-cn-panel'>
          <Field label='新的等级' hint={crossing && !isHead ? '调入或调出“危机”须站长审批' : undefined}>
            <RadioGroup look='segmented' options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} value={level} onChange={setLevel} />
          </Field>
          <Button block loading={busy} disabled={level === entry.level} onClick={() => void run(() => updateKeyCare({ id: entry.id, level }), '等级已更新')}>
            {crossing && !isHead ? '提交审批' : '保存'}
          </Button>
        </View>
      )}
      {sheet === 'categories' && (
        <View className='xq-cn-panel'>
          <Field label='关注类别' required hint='可多选' error={categories.length === 0 ? '请至少选择一个关注类别' : undefined}>
            <CheckboxGroup options={CATEGORY_OPTIONS} value={categories} onChange={setCategories} />
          </Field>
          <Button block loading={busy} disabled={categories.length === 0 || sameSet(categories, entry.categories)} onClick={() => void run(() => updateKeyCare({ id: entry.id, categories }), '类别已更新')}>保存</Button>
        </View>
      )}
      {sheet === 'followup' && (
        <View className='xq-cn-panel'>
          <Field label='下次跟进日期'>
            <DateField value={followUp} start={today()} onChange={setFollowUp} />
          </Field>
          <Button block loading={busy} disabled={followUp === entry.nextFollowUp} onClick={() => void run(() => updateKeyCare({ id: entry.id, nextFollowUp: followUp }), '已更新')}>保存</Button>
        </View>
      )}
      {sheet === 'refer' && (
        <View className='xq-cn-panel'>
          <Field label='转介至'>
            <RadioGroup look='segmented' options={REFERRAL_TARGETS.map((t) => ({ value: t, label: REFERRAL_TO_TEXT[t] }))} value={to} onChange={(v) => {
              setTo(v)
              setParty(v === 'center' ? '校心理中心' : '')
            }} />
          </Field>
          <Field label='接收方' required hint={to === 'center' ? '转介到中心后，中心可查看该个案及谈话记录' : '医院名称'}>
            <TextInput name='party' value={party} maxLength={100} onChange={setParty} />
          </Field>
          <Field label='转介日期' required>
            <DateField value={date} end={today()} onChange={setDate} />
          </Field>
          <Button block loading={busy} disabled={!party.trim()} onClick={() => void run(() => referKeyCare({ id: entry.id, to, date, party: party.trim() }), '已转介')}>确认转介</Button>
        </View>
      )}
      {sheet === 'close' && (
        <CommentSheet
          title={isHead ? '解除关注' : '申请解除关注（须站长审批）'}
          placeholder='解除原因，如：经评估风险已解除'
          confirmText={isHead ? '解除' : '提交审批'}
          danger
          onClose={() => setSheet(null)}
          onConfirm={(reason) => run(() => closeKeyCare({ id: entry.id, reason }), '已解除')}
        />
      )}
    </View>
  )
}
