/** 学生骨干页面：心理委员记录本班晚点名；修改被退回的朋辈谈心 */
import { useRouter } from '@tarojs/taro'
import { Empty, ErrorState, Loading } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { listPeerTalks, rollCallBoard } from '../../services/api/counseling'
import { param } from './format'
import { PeerTalkForm } from './PeerTalks'
import { RollCallForm } from './RollCallForm'

/** 心理委员：本班的晚点名（班级来自本人任职范围） */
export function CadreRollCall() {
  const p = useRouter().params
  const week = p.week ? Number(p.week) : undefined
  const board = useRemote(() => rollCallBoard(week ? { week } : {}), [week])
  if (board.status === 'error' && !board.data) return <ErrorState error={board.error} onRetry={() => void board.reload()} />
  if (!board.data) return <Loading />
  const row = board.data.rows[0]
  if (!row) return <Empty title='没有负责的班级' />
  return <RollCallForm classId={param(p.classId) ?? row.classId} week={board.data.week} />
}

/** 新记录或修改被退回的记录 */
export function PeerTalkEditor({ pkg, id }: { pkg: 'committee' | 'observer'; id?: string }) {
  const list = useRemote(() => (id ? listPeerTalks({ status: 'returned', pageSize: 100 }) : Promise.resolve({ ok: true as const, data: { items: [], total: 0, page: 1, pageSize: 100 } })), [id])
  if (!id) return <PeerTalkForm pkg={pkg} unit={{}} />
  if (list.status === 'error' && !list.data) return <ErrorState error={list.error} onRetry={() => void list.reload()} />
  if (!list.data) return <Loading />
  const existing = list.data.items.find((x) => x.id === id)
  if (!existing) return <Empty title='该记录不可修改' desc='只有被退回的记录可以修改后重新提交' />
  return <PeerTalkForm pkg={pkg} unit={{}} existing={existing} />
}
