import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ROLE_LABELS, type Role } from '../../../types/domain'
import { Button, Card, RadioGroup, Select, Tag, TextInput } from '../../components'
import { useAction } from '../../hooks/useAction'
import { pageUrl } from '../../shared/navigation'
import { endAssignment, listPeople, type AssignmentDetail, type PersonView } from '../../services/api/identity'
import { AssignmentEditor } from './AssignmentEditor'
import { HandoverSheet } from './HandoverSheet'
import { dateTime, day, termEndDay } from './format'
import { RemoteList } from '../../components/RemoteList'
import { useList } from '../../hooks/useList'
import '../../styles/org.scss'

const ACTIVE = [
  { value: 'active' as const, label: '在任' },
  { value: 'all' as const, label: '全部（含历史）' },
]
const ROLE_OPTIONS = [{ value: 'all', label: '全部角色' }, ...(['head', 'counselor', 'committee', 'observer'] as Role[]).map((r) => ({ value: r, label: ROLE_LABELS[r] }))]

function termText(a: AssignmentDetail): string {
  const end = a.endedAt ? `${day(a.endedAt)}（已交接）` : a.termEnd ? termEndDay(a.termEnd) : '未设定'
  return `${day(a.termStart)} 至 ${end}`
}

/** 接替邀请码页面地址 */
function successorUrl(p: PersonView, a: AssignmentDetail): string {
  return pageUrl('head', 'invites', { successorOf: a._id, role: a.role, label: `${p.name} · ${a.scopeLabel}`, classId: a.classId, dormId: a.dormId })
}

function AssignmentRow({ person, a, onChanged }: { person: PersonView; a: AssignmentDetail; onChanged: () => void }) {
  const [editing, setEditing] = useState(false)
  const [handingOver, setHandingOver] = useState(false)
  const ending = useAction(() => endAssignment(a._id), { success: '已结束', onDone: onChanged })
  const end = async () => {
    const ok = await Taro.showModal({
      title: '结束任职',
      content: `结束后 ${person.name} 的“${ROLE_LABELS[a.role]} · ${a.scopeLabel}”立即失去权限（下一次操作即被拒绝），其已写的记录保留原作者。`,
      confirmText: '结束任职',
      confirmColor: '#e5484d',
    })
    if (ok.confirm) void ending.run()
  }
  return (
    <View className='xq-org__detail' style={{ borderTop: '1px solid #e6e9f0', paddingTop: '8px', marginTop: '8px' }}>
      <View className='xq-org__row'>
        <Text>{ROLE_LABELS[a.role]} · {a.scopeLabel}</Text>
        <Tag tone={a.active ? 'success' : 'neutral'}>{a.active ? '在任' : '已结束'}</Tag>
      </View>
      <Text className='xq-org__muted'>任期 {termText(a)}{a.endedByName ? `，由 ${a.endedByName} 结束` : ''}</Text>
      {a.active && a.role !== 'head' && (
        <View className='xq-org__actions'>
          <Button size='sm' variant='secondary' onClick={() => setEditing(!editing)}>调整</Button>
          <Button size='sm' variant='secondary' onClick={() => void Taro.navigateTo({ url: successorUrl(person, a) })}>接替邀请码</Button>
          {a.role === 'counselor' && <Button size='sm' variant='secondary' onClick={() => setHandingOver(true)}>交接给…</Button>}
          <Button size='sm' variant='danger' loading={ending.busy} onClick={() => void end()}>结束任职</Button>
        </View>
      )}
      {a.active && a.role === 'head' && (
        <View className='xq-org__actions'>
          <Button size='sm' variant='secondary' onClick={() => void Taro.navigateTo({ url: successorUrl(person, a) })}>接替邀请码</Button>
        </View>
      )}
      {handingOver && <HandoverSheet person={person} a={a} onClose={() => setHandingOver(false)} onDone={() => { setHandingOver(false); onChanged() }} />}
      {editing && <AssignmentEditor assignment={a} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); onChanged() }} />}
    </View>
  )
}

/** 人员与角色：每个人的任职历史与任期；结束任职、签发接替邀请码、调整辅导员范围 */
export function PeopleList() {
  const [active, setActive] = useState<'active' | 'all'>('active')
  const [role, setRole] = useState('all')
  const [q, setQ] = useState('')
  const [query, setQuery] = useState('')
  const list = useList(
    (page, pageSize) => listPeople({ activeOnly: active === 'active', ...(role === 'all' ? {} : { role: role as Role }), q: query || undefined, page, pageSize }),
    [active, role, query],
  )
  return (
    <View className='xq-org'>
      <View className='xq-org__toolbar'>
        <RadioGroup look='segmented' options={ACTIVE} value={active} onChange={setActive} />
        <View className='xq-org__search'>
          <View style={{ width: '120px' }}>
            <Select options={ROLE_OPTIONS} value={role} onChange={setRole} />
          </View>
          <View style={{ flex: 1 }}>
            <TextInput name='q' value={q} onChange={setQ} onConfirm={() => setQuery(q.trim())} placeholder='姓名' maxLength={32} />
          </View>
          <Button size='sm' onClick={() => setQuery(q.trim())}>搜索</Button>
        </View>
      </View>
      <RemoteList list={list} empty={{ icon: '人', title: '没有符合条件的人员', desc: '在“邀请码”中签发邀请码，对方绑定后出现在这里' }}
        renderItem={(p) => (
          <Card key={p._id} title={p.name} extra={p.studentNo ? <Text className='xq-org__muted'>学号 {p.studentNo}</Text> : undefined}>
            {p.pledgeAcceptedAt && <Text className='xq-org__muted'>保密承诺 {dateTime(p.pledgeAcceptedAt)}</Text>}
            {p.assignments.map((a) => <AssignmentRow key={a._id} person={p} a={a} onChanged={() => void list.reload()} />)}
          </Card>
        )} />
    </View>
  )
}
