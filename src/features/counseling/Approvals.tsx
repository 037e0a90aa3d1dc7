/** 站长审批：进入/离开危机、以危机等级入库、解除关注 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { LEVEL_LABELS } from '../../../types/domain'
import { APPROVAL_KIND_LABELS } from '../../../types/models-counseling'
import { Card, LevelTag, RadioGroup, Tag } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { ReviewActions } from '../../components/ReviewActions'
import { useRemote } from '../../hooks/useRemote'
import { decideApproval, listApprovals, type ApprovalView } from '../../services/api/counseling'
import { openPage, pageUrl } from '../../shared/navigation'
import { whenText } from './format'
import './counseling.scss'

const STATUS = [{ value: 'pending', label: '待审批' }, { value: 'approved', label: '已批准' }, { value: 'rejected', label: '未批准' }] as const
type Status = (typeof STATUS)[number]['value']

function what(a: ApprovalView): string {
  const p = a.payload
  if (p.kind === 'close') return `解除关注：${p.reason}`
  return `${LEVEL_LABELS[p.from]} → ${LEVEL_LABELS[p.to]}`
}

function ApprovalCard({ a, onChanged }: { a: ApprovalView; onChanged: () => void }) {
  return (
    <Card
      accent={a.payload.kind !== 'close' && a.payload.to === 'crisis' ? 'crisis' : 'primary'}
      title={`${a.studentName} · ${APPROVAL_KIND_LABELS[a.kind]}`}
      extra={<LevelTag level={a.entryLevel} />}
      onClick={() => openPage(pageUrl('head', 'keycare-detail', { id: a.keyCareId }))}
    >
      <Text className='xq-cn-line'>{what(a)}</Text>
      <Text className='xq-cn-line xq-cn-muted'>申请人：{a.requestedByName} · {whenText(a.createdAt)}</Text>
      {a.status !== 'pending' && (
        <View className='xq-cn-tags'>
          <Tag tone={a.status === 'approved' ? 'success' : 'danger'}>{a.status === 'approved' ? '已批准' : '未批准'}</Tag>
          {a.decidedAt && <Text className='xq-cn-muted'>{whenText(a.decidedAt)}</Text>}
          {a.comment && <Text className='xq-cn-muted'>意见：{a.comment}</Text>}
        </View>
      )}
      {a.status === 'pending' && (
        <ReviewActions
          onConfirm={() => decideApproval({ id: a.id, decision: 'approve' })}
          onReturn={(comment) => decideApproval({ id: a.id, decision: 'reject', comment })}
          onDone={onChanged}
          returnTitle='驳回申请'
          returnPlaceholder='驳回意见（必填）'
          confirmText='批准'
          returnText='驳回'
          confirmedText='已批准'
          returnedText='已驳回'
        />
      )}
    </Card>
  )
}

export function ApprovalList() {
  const [status, setStatus] = useState<Status>('pending')
  const list = useRemote(() => listApprovals({ status }), [status])
  return (
    <View>
      <View className='xq-cn-filter'>
        <RadioGroup look='segmented' options={STATUS as unknown as { value: Status; label: string }[]} value={status} onChange={setStatus} />
      </View>
      <RemoteList list={list} empty={{ icon: '批', title: status === 'pending' ? '没有待审批的申请' : '暂无记录' }}
        renderItem={(a) => <ApprovalCard key={a.id} a={a} onChanged={() => void list.reload()} />} />
    </View>
  )
}
