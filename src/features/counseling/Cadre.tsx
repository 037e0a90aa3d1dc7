/** 学生骨干页面：心理委员记录本班晚点名；修改被退回的朋辈谈心 */
import { useRouter } from '@tarojs/taro'
import { Empty, RemoteView } from '../../components'
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
  return (
    <RemoteView remote={board}>
      {(b) => (b.rows[0] ? <RollCallForm classId={param(p.classId) ?? b.rows[0].classId} week={b.week} /> : <Empty title='没有负责的班级' />)}
    </RemoteView>
  )
}

/** 新记录或修改被退回的记录 */
export function PeerTalkEditor({ pkg, id }: { pkg: 'committee' | 'observer'; id?: string }) {
  const list = useRemote(() => (id ? listPeerTalks({ status: 'returned', pageSize: 100 }) : Promise.resolve({ ok: true as const, data: { items: [], total: 0, page: 1, pageSize: 100 } })), [id])
  if (!id) return <PeerTalkForm pkg={pkg} unit={{}} />
  return (
    <RemoteView remote={list}>
      {(d) => {
        const existing = d.items.find((x) => x.id === id)
        return existing ? <PeerTalkForm pkg={pkg} unit={{}} existing={existing} /> : <Empty title='该记录不可修改' desc='只有被退回的记录可以修改后重新提交' />
      }}
    </RemoteView>
  )
}
