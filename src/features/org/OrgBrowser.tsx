import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button, Card, Cell, CellGroup, RadioGroup, Tag, TextInput } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { useAction } from '../../hooks/useAction'
import { useList } from '../../hooks/useList'
import { getStudent, listClasses, listDorms, listStudents, type StudentView } from '../../services/api/identity'
import '../../styles/org.scss'

type Tab = 'classes' | 'dorms' | 'students'
const TABS = [
  { value: 'classes' as const, label: '班级' },
  { value: 'dorms' as const, label: '宿舍' },
  { value: 'students' as const, label: '学生' },
]

interface Filter {
  kind: 'class' | 'dorm'
  id: string
  name: string
}

/** 学生详情（查看即记审计日志） */
function StudentDetail({ student, onClose }: { student: StudentView; onClose: () => void }) {
  return (
    <Card title={`${student.name}`} extra={<Button variant='text' size='sm' onClick={onClose}>收起</Button>}>
      <View className='xq-org__detail'>
        <View className='xq-org__row'><Text>学号</Text><Text>{student.studentNo}</Text></View>
        {student.gender && <View className='xq-org__row'><Text>性别</Text><Text>{student.gender}</Text></View>}
        <View className='xq-org__row'><Text>班级</Text><Text>{student.className}</Text></View>
        <View className='xq-org__row'><Text>宿舍</Text><Text>{student.dormName}</Text></View>
        {student.phone && <View className='xq-org__row'><Text>手机号</Text><Text>{student.phone}</Text></View>}
        <Text className='xq-org__muted'>查看学生信息会记入审计日志</Text>
      </View>
    </Card>
  )
}

function ClassList({ query, onPick }: { query: string; onPick: (f: Filter) => void }) {
  const list = useList((page, pageSize) => listClasses({ q: query || undefined, page, pageSize }), [query], 50)
  return (
    <RemoteList list={list} empty={{ title: '没有班级', desc: '站长导入名册后，班级会出现在这里' }}
      header={(d) => <Text className='xq-org__count'>共 {d.total} 个班级</Text>}
      items={(items) => (
        <CellGroup>
          {items.map((c) => <Cell key={c._id} title={c.name} desc={c.grade} value={`${c.studentCount} 人`} onClick={() => onPick({ kind: 'class', id: c._id, name: c.name })} />)}
        </CellGroup>
      )} />
  )
}

function DormList({ query, onPick }: { query: string; onPick: (f: Filter) => void }) {
  const list = useList((page, pageSize) => listDorms({ q: query || undefined, page, pageSize }), [query], 50)
  return (
    <RemoteList list={list} empty={{ title: '没有宿舍' }}
      header={(d) => <Text className='xq-org__count'>共 {d.total} 间宿舍</Text>}
      items={(items) => (
        <CellGroup>
          {items.map((d) => <Cell key={d._id} title={d.name} value={`${d.studentCount} 人`} onClick={() => onPick({ kind: 'dorm', id: d._id, name: d.name })} />)}
        </CellGroup>
      )} />
  )
}

function StudentList({ query, filter }: { query: string; filter: Filter | null }) {
  const [open, setOpen] = useState<StudentView | null>(null)
  const list = useList((page, pageSize) => listStudents({
    q: query || undefined,
    ...(filter?.kind === 'class' ? { classId: filter.id } : filter?.kind === 'dorm' ? { dormId: filter.id } : {}),
    page,
    pageSize,
  }), [query, filter?.id], 30)
  const show = useAction((id: string) => getStudent(id), { onDone: setOpen })
  return (
    <>
      {open && <StudentDetail student={open} onClose={() => setOpen(null)} />}
      <RemoteList list={list} empty={{ title: '没有找到学生', desc: query ? '换个关键词试试' : undefined }}
        header={(d) => <Text className='xq-org__count'>共 {d.total} 名学生</Text>}
        items={(items) => (
          <CellGroup>
            {items.map((s) => <Cell key={s._id} title={s.name} desc={`${s.studentNo} · ${s.className}`} value={s.dormName} onClick={() => void show.run(s._id)} />)}
          </CellGroup>
        )} />
    </>
  )
}

/** 组织管理：班级、宿舍、学生（搜索、分页）；范围由服务端按当前角色决定 */
export function OrgBrowser({ initialTab = 'classes' }: { initialTab?: Tab }) {
  const [tab, setTab] = useState<Tab>(initialTab)
  const [q, setQ] = useState('')
  const [query, setQuery] = useState('')
  const [filter, setFilter] = useState<Filter | null>(null)
  const switchTab = (t: Tab) => {
    setTab(t)
    if (t !== 'students') setFilter(null)
  }
  const drill = (f: Filter) => {
    setFilter(f)
    setQ('')
    setQuery('')
    setTab('students')
  }
  return (
    <View className='xq-org'>
      <View className='xq-org__toolbar'>
        <RadioGroup look='segmented' options={TABS} value={tab} onChange={switchTab} />
        <View className='xq-org__search'>
          <View style={{ flex: 1 }}>
            <TextInput
              name='q'
              value={q}
              onChange={setQ}
              onConfirm={() => setQuery(q.trim())}
              placeholder={tab === 'students' ? '姓名或学号' : tab === 'classes' ? '班级名称' : '宿舍，如 12栋305'}
              maxLength={32}
            />
          </View>
          <Button size='sm' onClick={() => setQuery(q.trim())}>搜索</Button>
        </View>
        {tab === 'students' && filter && (
          <View className='xq-org__filter'>
            <Tag tone='primary'>{filter.name}</Tag>
            <Button variant='text' size='sm' onClick={() => setFilter(null)}>清除筛选</Button>
          </View>
        )}
      </View>

      {tab === 'classes' && <ClassList query={query} onPick={drill} />}
      {tab === 'dorms' && <DormList query={query} onPick={drill} />}
      {tab === 'students' && <StudentList query={query} filter={filter} />}
    </View>
  )
}
