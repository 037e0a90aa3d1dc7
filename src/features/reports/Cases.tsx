/**
 * 个别情况描述：卡片列表；站长在草稿/已退回时可编辑、删除、新增（弹层表单），整表一次保存。
 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { LEVEL_LABELS, LEVELS, type Level } from '../../../types/domain'
import { Button, Card, Empty, Field, LevelTag, RadioGroup, Sheet, TextArea, TextInput } from '../../components'
import type { CaseRowInput, CaseRowView } from '../../services/api/reports'
import './reports.scss'

const LEVEL_OPTIONS = LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))
const BLANK: CaseRowInput = { studentNo: '', studentName: '', className: '', situation: '', measures: '', effect: '', level: 'general', progress: '' }

/** 视图行 → 输入行（去掉服务端标记） */
export const toInput = ({ edited: _e, ...row }: CaseRowView): CaseRowInput => row

function CaseCard({ row, onEdit, onDelete }: { row: CaseRowView; onEdit?: () => void; onDelete?: () => void }) {
  return (
    <Card
      className='xq-mr-case'
      accent={row.level}
      title={`${row.studentName}${row.studentNo ? ` · ${row.studentNo}` : ''}`}
      extra={<LevelTag level={row.level} />}
    >
      {row.className ? <Text className='xq-mr-muted'>{row.className}</Text> : null}
      <View className='xq-mr-case__kv'><Text className='xq-mr-case__k'>情况说明</Text><Text className='xq-mr-case__v'>{row.situation || '—'}</Text></View>
      <View className='xq-mr-case__kv'><Text className='xq-mr-case__k'>干预措施</Text><Text className='xq-mr-case__v'>{row.measures || '—'}</Text></View>
      <View className='xq-mr-case__kv'><Text className='xq-mr-case__k'>干预后效果</Text><Text className='xq-mr-case__v'>{row.effect || '—'}</Text></View>
      <View className='xq-mr-case__kv'><Text className='xq-mr-case__k'>情况进程</Text><Text className='xq-mr-case__v'>{row.progress || '—'}</Text></View>
      {(onEdit || onDelete) && (
        <View className='xq-mr-actions'>
          {row.edited ? <Text className='xq-mr-muted xq-mr-actions__note'>已修改</Text> : null}
          {onDelete && <Button size='sm' variant='text' onClick={onDelete}>删除</Button>}
          {onEdit && <Button size='sm' variant='secondary' onClick={onEdit}>编辑</Button>}
        </View>
      )}
    </Card>
  )
}

function CaseSheet({ initial, saving, onClose, onSave }: {
  initial: CaseRowInput; saving: boolean; onClose: () => void; onSave: (row: CaseRowInput) => Promise<boolean>
}) {
  const [row, setRow] = useState<CaseRowInput>(initial)
  const set = <K extends keyof CaseRowInput>(k: K) => (v: CaseRowInput[K]) => setRow((r) => ({ ...r, [k]: v }))
  const save = async () => {
    if (await onSave({ ...row, studentName: row.studentName.trim() })) onClose()
  }
  return (
    <Sheet
      className='xq-mr-sheet'
      title={initial.studentName ? `编辑 · ${initial.studentName}` : '新增个别情况'}
      onClose={onClose}
      footer={
        <>
          <Button variant='secondary' onClick={onClose}>取消</Button>
          <Button loading={saving} disabled={!row.studentName.trim()} onClick={() => void save()}>保存</Button>
        </>
      }
    >
      <Field label='姓名' required><TextInput value={row.studentName} onChange={set('studentName')} maxLength={40} name='case-name' /></Field>
      <Field label='学号'><TextInput value={row.studentNo} onChange={set('studentNo')} maxLength={32} name='case-no' /></Field>
      <Field label='班级'><TextInput value={row.className} onChange={set('className')} maxLength={60} name='case-class' /></Field>
      <Field label='危机程度'><RadioGroup look='segmented' options={LEVEL_OPTIONS} value={row.level} onChange={(v: Level) => set('level')(v)} /></Field>
      <Field label='情况说明'><TextArea value={row.situation} onChange={set('situation')} maxLength={1000} name='case-situation' /></Field>
      <Field label='干预措施'><TextArea value={row.measures} onChange={set('measures')} maxLength={1000} name='case-measures' /></Field>
      <Field label='干预后效果'><TextArea value={row.effect} onChange={set('effect')} maxLength={1000} name='case-effect' /></Field>
      <Field label='情况进程'><TextArea value={row.progress} onChange={set('progress')} maxLength={1000} name='case-progress' /></Field>
    </Sheet>
  )
}

/** 一次渲染的行数（节点数保持在小程序建议的范围内），“显示更多”每次再加这么多 */
const PAGE_ROWS = 20

/** onSave 为空时只读；saving = 保存进行中（useAction 的 busy） */
export function CaseList({ rows, onSave, saving = false }: { rows: CaseRowView[]; onSave?: (rows: CaseRowInput[]) => Promise<boolean>; saving?: boolean }) {
  const [editing, setEditing] = useState<number | 'new' | null>(null)
  const [shown, setShown] = useState(PAGE_ROWS)
  const inputs = rows.map(toInput)
  const remove = async (i: number) => {
    const ok = await Taro.showModal({ title: '删除这一行', content: `删除“${rows[i].studentName}”的个别情况描述？重新生成时也不会再加回。`, confirmText: '删除', confirmColor: '#e5484d' })
    if (ok.confirm && onSave) await onSave(inputs.filter((_, j) => j !== i))
  }
  return (
    <View>
      {rows.length === 0 && <Empty icon='案' title='本月没有需要描述的个别情况' desc='重点关注库中本月在库的学生会自动列出' />}
      {rows.slice(0, shown).map((r, i) => (
        <CaseCard key={r.key ?? `row-${i}`} row={r} onEdit={onSave ? () => setEditing(i) : undefined} onDelete={onSave ? () => void remove(i) : undefined} />
      ))}
      {rows.length > shown && (
        <Text className='xq-mr-more xq-mr-more--block' onClick={() => setShown(shown + PAGE_ROWS)}>显示更多（还有 {rows.length - shown} 行）</Text>
      )}
      {onSave && <Button block variant='secondary' onClick={() => setEditing('new')}>＋ 新增一行</Button>}
      {onSave && editing !== null && (
        <CaseSheet
          initial={editing === 'new' ? BLANK : inputs[editing]}
          saving={saving}
          onClose={() => setEditing(null)}
          onSave={(row) => onSave(editing === 'new' ? [...inputs, row] : inputs.map((x, j) => (j === editing ? row : x)))}
        />
      )}
    </View>
  )
}
