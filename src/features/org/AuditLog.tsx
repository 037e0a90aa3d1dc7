import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ROLE_LABELS, type Role } from '../../../types/domain'
import { Button, Card, Empty, ErrorState, Loading, Select, Tag } from '../../components'
import { listAudit } from '../../services/api/identity'
import { AUDIT_LABELS, auditLabel } from './auditLabels'
import { dateTime } from './format'
import { usePaged } from '../../shared/paging/usePaged'
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
  const [target, setTarget] = useState<string | null>(null)
  const list = usePaged(
    (page) =>
      listAudit({
        ...(action ? { action } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(actor ? { actorPersonId: actor.id } : {}),
        ...(target ? { targetId: target } : {}),
        page,
        pageSize: 30,
      }),
    [action, from, to, actor?.id, target],
  )
  const filtered = !!(action || from || to || actor || target)
  return (
    <View className='xq-org'>
      <View className='xq-org__toolbar'>
        <Select options={ACTION_OPTIONS} value={action} onChange={setAction} />
        <View className='xq-org__search'>
          <View style={{ flex: 1 }}><DateButton value={from} placeholder='开始日期' onChange={setFrom} /></View>
          <Text className='xq-org__muted'>至</Text>
          <View style={{ flex: 1 }}><DateButton value={to} placeholder='结束日期' onChange={setTo} /></View>
        </View>
        {(actor || target) && (
          <View className='xq-org__filter'>
            {actor && <Tag tone='primary'>操作人：{actor.name}</Tag>}
            {target && <Tag tone='primary'>记录：{target.slice(0, 12)}…</Tag>}
          </View>
        )}
        {filtered && (
          <Button variant='text' size='sm' onClick={() => { setAction(''); setFrom(''); setTo(''); setActor(null); setTarget(null) }}>清除筛选</Button>
        )}
      </View>
      <Text className='xq-org__count'>共 {list.total} 条 · 日志只追加，保留至少 3 年</Text>
      {list.error && <ErrorState error={list.error} onRetry={() => void list.reload()} />}
      {list.items.map((e) => (
        <Card key={e._id}>
          <View className='xq-org__row'>
            <Text>{auditLabel(e.action)}</Text>
            <Text className='xq-org__muted'>{dateTime(e.at)}</Text>
          </View>
          <View className='xq-org__row'>
            <Text className='xq-org__muted' onClick={() => setActor({ id: e.actorPersonId, name: e.actorName })}>
              {e.actorName} · {ROLE_LABELS[e.role as Role] ?? e.role}
            </Text>
            <Text className='xq-org__muted' onClick={() => e.targetIds[0] && setTarget(e.targetIds[0])}>
              {e.targetIds.length} 条记录
            </Text>
          </View>
        </Card>
      ))}
      {list.loading && <Loading />}
      {!list.loading && list.total === 0 && <Empty icon='志' title='没有符合条件的日志' />}
      {list.hasMore && !list.loading && <Button variant='secondary' block onClick={() => void list.loadMore()}>加载更多</Button>}
    </View>
  )
}
