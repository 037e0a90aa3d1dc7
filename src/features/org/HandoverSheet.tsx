/**
 * 换岗交接（站长）：结束一位辅导员的任职，并把其未办结的重点关注、约谈任务、待确认的晚点名与朋辈谈心
 * 一步移交给本站另一位在任辅导员，附交接说明。
 */
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Button, Empty, Field, RadioGroup, Sheet, TextArea } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { endAssignment, listPeople, type AssignmentDetail, type PersonView } from '../../services/api/identity'

export function HandoverSheet({ person, a, onClose, onDone }: { person: PersonView; a: AssignmentDetail; onClose: () => void; onDone: () => void }) {
  const people = useRemote(() => listPeople({ role: 'counselor', activeOnly: true, pageSize: 100 }), [])
  const [successor, setSuccessor] = useState('')
  const [note, setNote] = useState('')
  const submit = useAction(() => endAssignment(a._id, { successorAssignmentId: successor, ...(note.trim() ? { note: note.trim() } : {}) }), {
    success: (r) => {
      const c = r.handover?.counts
      return c ? `已交接：重点关注 ${c.keycare}、约谈任务 ${c.talk_task}、待确认 ${c.rollcall + c.peer_talk}` : '已结束'
    },
    onDone,
  })
  return (
    <Sheet title={`交接 ${person.name} 的工作`} onClose={onClose}
      footer={<Button block loading={submit.busy} disabled={!successor} onClick={() => void submit.run()}>结束任职并移交</Button>}>
      <Text className='xq-org__muted'>未办结的重点关注、约谈任务和待确认的晚点名、朋辈谈心移交给继任者，原记录保留 {person.name} 的署名。</Text>
      <RemoteView remote={people}>{(d) => {
        const options = d.items.flatMap((p) => p.assignments
          .filter((x) => x.active && x.role === 'counselor' && x._id !== a._id)
          .map((x) => ({ value: x._id, label: `${p.name} · ${x.scopeLabel}` })))
        return options.length === 0 ? <Empty icon='人' title='本站没有其他在任辅导员' desc='先签发接替邀请码，对方绑定时自动接手' /> : (
          <Field label='继任者' required><RadioGroup options={options} value={successor} onChange={setSuccessor} /></Field>
        )
      }}</RemoteView>
      <Field label='交接说明'><TextArea name='handover-note' value={note} onChange={setNote} maxLength={500} placeholder='如：个案已当面交接' /></Field>
    </Sheet>
  )
}
