import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ROLE_LABELS, type Role } from '../../../types/domain'
import { Button, Card, Select, Tag } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { useList } from '../../hooks/useList'
import { useRemote } from '../../hooks/useRemote'
import { listAudit, listPeople, type AuditEntryView } from '../../services/api/identity'
import { AuditEntrySheet, StudentFilterSheet } from './AuditDetail'
import { AUDIT_LABELS, auditLabel } from './auditLabels'
import { dateTime } from './format'
import '../../styles/org.scss'
import { todayInShanghai } from '../../../domain/calendar'

const ACTION_OPTIONS = [{ value: '', label: '全部动作' }, ...Object.entries(AUDIT_LABELS).map(([value, label]) => ({ value, label }))]

function DateButton({ value, placeholder, onChange }: { value: string; placeholder: string; onChange: (v: string) => void }) {
  return (
    <Picker mode='date' value={value || todayInShanghai()} onChange={(e) => onChange(String(e.detail.value))}>
      <View className='xq-select'>
        <Text className={value ? 'xq-select__value' : 'xq-select__placeholder'}>{value || placeholder}</Text>
      </View>
    </Picker>
  )
}

/** 审计日志（站长）：谁、以什么角色、做了什么、涉及哪些记录、何时。只读，不能修改或删除 */
export function AuditLog() {
  const [action, setAction] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [actor, setActor] = useState<{ id: string; name: string } | null>(null)
  const [student, setStudent] = useState<{ id: string; name: string } | null>(null)
  const [open, setOpen] = useState<AuditEntryView | null>(null)
  const [pickingStudent, setPickingStudent] = useState(false)
  const people = useRemote(() => listPeople({ pageSize: 100 }), [])
  const personOptions = [{ value: '', label: '全部人员' }, ...(people.data?.items ?? []).map((p) => ({ value: p._id, label: p.name }))]
  const list = useList(
    (page, pageSize) =>
      listAudit({
        ...(action ? { action } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(actor ? { actorPersonId: actor.id } : {}),
        ...(student ? { targetId: student.id } : {}),
        page,
        pageSize,
      }),
    [action, from, to, actor?.id, student?.id],
    30,
  )
  const filtered = !!(action || from || to || actor || student)
  return (
    <View className='xq-org'>
      <View className='xq-org__toolbar'>
        <Select options={ACTION_OPTIONS} value={action} onChange={setAction} />
        <View className='xq-org__search'>
          <View style={{ flex: 1 }}>
            <Select options={personOptions} value={actor?.id ?? ''} placeholder='全部人员'
              onChange={(id) => setActor(id ? { id, name: personOptions.find((o) => o.value === id)?.label ?? '' } : null)} />
          </View>
          <View style={{ flex: 1 }}>
            <View className='xq-select' onClick={() => setPickingStudent(true)}>
              <Text className={student ? 'xq-select__value' : 'xq-select__placeholder'}>{student ? `学生：${student.name}` : '按学生筛选'}</Text>
            </View>
          </View>
        </View>
        <View className='xq-org__search'>
          <View style={{ flex: 1 }}><DateButton value={from} placeholder='开始日期' onChange={setFrom} /></View>
          <Text className='xq-org__muted'>至</Text>
          <View style={{ flex: 1 }}><DateButton value={to} placeholder='结束日期' onChange={setTo} /></View>
        </View>
        {(actor || student) && (
          <View className='xq-org__filter'>
            {actor && <Tag tone='primary'>操作人：{actor.name}</Tag>}
            {student && <Tag tone='primary'>涉及学生：{student.name}</Tag>}
          </View>
        )}
        {filtered && (
          <Button variant='text' size='sm' onClick={() => { setAction(''); setFrom(''); setTo(''); setActor(null); setStudent(null) }}>清除筛选</Button>
        )}
      </View>
      <RemoteList list={list} empty={{ icon: '志', title: '没有符合条件的日志' }}
        header={(d) => <Text className='xq-org__count'>共 {d.total} 条 · 日志只追加，保留至少 3 年</Text>}
        renderItem={(e) => (
          <Card key={e._id} className='xq-org__entry' onClick={() => setOpen(e)}>
            <View className='xq-org__row'>
              <Text>{auditLabel(e.action)}</Text>
              <Text className='xq-org__muted'>{dateTime(e.at)}</Text>
            </View>
            <View className='xq-org__row'>
              <Text className='xq-org__muted'>
                {e.actorName} · {ROLE_LABELS[e.role as Role] ?? '系统'}
              </Text>
              <Text className='xq-org__link'>涉及 {e.targetIds.length} 条记录 ›</Text>
            </View>
          </Card>
        )} />
      {open && (
        <AuditEntrySheet entry={open} onClose={() => setOpen(null)} onStudent={(s) => { setOpen(null); setStudent(s) }} />
      )}
      {pickingStudent && (
        <StudentFilterSheet onClose={() => setPickingStudent(false)} onPick={(s) => { setPickingStudent(false); setStudent(s) }} />
      )}
    </View>
  )
}
