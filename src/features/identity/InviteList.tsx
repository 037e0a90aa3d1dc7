import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ROLE_LABELS } from '../../../types/domain'
import { Button, Card, RadioGroup, Tag, type TagTone } from '../../components'
import { useAction } from '../../hooks/useAction'
import { listInvites, revokeInvite, type InviteStatus, type InviteView } from '../../services/api/identity'
import { formatShanghaiDateTime as dateTime } from '../../../domain/calendar'
import { RemoteList } from '../../components/RemoteList'
import { useList } from '../../hooks/useList'
import '../../styles/org.scss'

const STATUS: Record<InviteStatus, { label: string; tone: TagTone }> = {
  active: { label: '未使用', tone: 'primary' },
  used: { label: '已使用', tone: 'success' },
  expired: { label: '已过期', tone: 'neutral' },
  revoked: { label: '已撤销', tone: 'danger' },
}
const FILTERS = [
  { value: 'all' as const, label: '全部' },
  { value: 'active' as const, label: '未使用' },
  { value: 'used' as const, label: '已使用' },
]

function InviteCard({ inv, onRevoked }: { inv: InviteView; onRevoked: () => void }) {
  const revoking = useAction(() => revokeInvite(inv._id), { success: '已撤销', onDone: onRevoked })
  const revoke = async () => {
    const ok = await Taro.showModal({ title: '撤销邀请码', content: '撤销后该邀请码立即失效，不能再用于绑定。', confirmText: '撤销', confirmColor: '#e5484d' })
    if (ok.confirm) await revoking.run()
  }
  return (
    <Card
      title={`${ROLE_LABELS[inv.role]} · ${inv.scopeLabel}`}
      extra={<Tag tone={STATUS[inv.status].tone}>{STATUS[inv.status].label}</Tag>}
    >
      <View className='xq-org__detail'>
        <Text className='xq-org__muted'>{inv.createdByName} 签发于 {dateTime(inv.createdAt)}</Text>
        {inv.status === 'active' && <Text className='xq-org__muted'>有效期至 {dateTime(inv.expiresAt)}</Text>}
        {inv.usedAt && <Text className='xq-org__muted'>{inv.usedByName} 绑定于 {dateTime(inv.usedAt)}</Text>}
        {inv.successorOf && <Text className='xq-org__muted'>接替邀请：绑定后原任职结束</Text>}
      </View>
      {inv.status === 'active' && (
        <View className='xq-org__actions'>
          <Button size='sm' variant='danger-ghost' loading={revoking.busy} onClick={() => void revoke()}>撤销</Button>
        </View>
      )}
    </Card>
  )
}

/** 邀请码列表（站长：本站全部；辅导员：自己签发的）。明文邀请码只在签发时显示 */
export function InviteList({ refreshKey = 0 }: { refreshKey?: number }) {
  const [filter, setFilter] = useState<'all' | 'active' | 'used'>('all')
  const list = useList((page, pageSize) => listInvites({ ...(filter === 'all' ? {} : { status: filter }), page, pageSize }), [filter, refreshKey])
  return (
    <View>
      <View className='xq-org__toolbar'>
        <RadioGroup look='segmented' options={FILTERS} value={filter} onChange={setFilter} />
      </View>
      <RemoteList list={list} empty={{ icon: '码', title: '还没有邀请码' }}
        renderItem={(inv) => <InviteCard key={inv._id} inv={inv} onRevoked={() => void list.reload()} />} />
    </View>
  )
}
