/** 审计日志的两个弹层：打开一条日志看读了哪些记录；按学生筛选时搜索学生 */
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ROLE_LABELS, type Role } from '../../../types/domain'
import { Button, Loading, Sheet, TextInput } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useRemote } from '../../hooks/useRemote'
import { getAudit, listStudents, type AuditEntryView, type StudentView } from '../../services/api/identity'
import { auditLabel } from './auditLabels'
import { dateTime } from './format'

const KIND_ORDER = { student: 0, person: 1, record: 2 } as const

/** 一条日志：谁、以什么角色、何时、做了什么，读了哪些学生、人员和记录 */
export function AuditEntrySheet({ entry, onClose, onStudent }: { entry: AuditEntryView; onClose: () => void; onStudent: (s: { id: string; name: string }) => void }) {
  const detail = useRemote(() => getAudit(entry._id), [entry._id])
  const targets = [...(detail.data?.targets ?? [])].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
  return (
    <Sheet title={auditLabel(entry.action)} onClose={onClose} footer={<Button variant='secondary' block onClick={onClose}>关闭</Button>}>
      <View className='xq-org__detail'>
        <Text>{entry.actorName} · {ROLE_LABELS[entry.role as Role] ?? '系统'} · {dateTime(entry.at)}</Text>
        <Text className='xq-org__muted'>涉及 {entry.targetIds.length} 条记录{targets.some((t) => t.kind === 'student') ? '，点学生可查看谁还看过 TA' : ''}</Text>
      </View>
      <RemoteView remote={detail}>{() => (
        <View className='xq-org__targets'>
          {targets.map((t) => (
            <View key={t.id} className='xq-org__row xq-org__target' onClick={t.kind === 'student' ? () => onStudent({ id: t.id, name: t.label }) : undefined}>
              <Text>{t.kind === 'person' ? `人员：${t.label}` : t.label}</Text>
              <Text className='xq-org__muted'>{t.detail ?? (t.kind === 'record' ? t.id.slice(0, 16) : '')}</Text>
            </View>
          ))}
        </View>
      )}</RemoteView>
    </Sheet>
  )
}

/** 按学生筛选：输入姓名或学号，点一名学生 */
export function StudentFilterSheet({ onPick, onClose }: { onPick: (s: { id: string; name: string }) => void; onClose: () => void }) {
  const [q, setQ] = useState('')
  const [items, setItems] = useState<StudentView[] | null>(null)
  useEffect(() => {
    let alive = true
    const t = setTimeout(async () => {
      const res = await listStudents({ ...(q ? { q } : {}), pageSize: 30 })
      if (alive && res.ok) setItems(res.data.items)
    }, 250)
    return () => {
      alive = false
      clearTimeout(t)
    }
  }, [q])
  return (
    <Sheet title='按学生筛选' onClose={onClose}>
      <TextInput value={q} onChange={setQ} placeholder='输入姓名或学号' name='audit-student' />
      {!items ? <Loading /> : items.map((s) => (
        <View key={s._id} className='xq-org__row xq-org__target' onClick={(e) => {
          e.stopPropagation()
          onPick({ id: s._id, name: s.name })
        }}>
          <Text>{s.name}</Text>
          <Text className='xq-org__muted'>{s.studentNo} · {s.className}</Text>
        </View>
      ))}
      {items?.length === 0 && <Text className='xq-org__muted'>没有匹配的学生</Text>}
    </Sheet>
  )
}
