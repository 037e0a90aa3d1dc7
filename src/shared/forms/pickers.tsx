/** 表单用的选择控件：日期、时刻、学生（辅导员工作与工作台账的表单共用） */
import { Picker, View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { TextInput } from '../../components'
import { cx } from '../../components/cx'
import { listStudents, type StudentView } from '../../services/api/identity'
import { dateText } from './dates'
import './pickers.scss'

export function DateField({ value, onChange, end, start, placeholder = '选择日期', invalid }: {
  value: string; onChange: (v: string) => void; end?: string; start?: string; placeholder?: string; invalid?: boolean
}) {
  return (
    <Picker mode='date' value={value} end={end} start={start} onChange={(e) => onChange(String(e.detail.value))}>
      <View className={cx('xq-select', invalid && 'xq-select--invalid')}>
        <Text className={value ? 'xq-select__value' : 'xq-select__placeholder'}>{value ? `${value}（${dateText(value)}）` : placeholder}</Text>
        <View className='xq-select__arrow' />
      </View>
    </Picker>
  )
}

export function TimeField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <Picker mode='time' value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <View className='xq-select'>
        <Text className='xq-select__value'>{value}</Text>
        <View className='xq-select__arrow' />
      </View>
    </Picker>
  )
}

/**
 * 学生选择：按姓名或学号搜索调用者范围内的学生。
 * 已选与搜索两种状态用不同的 key 渲染成不同的节点：H5 的 View 把 onClick 绑成原生监听，
 * 若复用同一节点，点选那一下冒泡到外层时外层已换成“更换”的监听，列表会立刻重新打开。
 */
export function StudentPicker({ value, onChange, classId, dormId, invalid }: {
  value: { id: string; name: string } | null
  onChange: (s: { id: string; name: string; className: string }) => void
  classId?: string
  dormId?: string
  invalid?: boolean
}) {
  const [q, setQ] = useState('')
  const [items, setItems] = useState<StudentView[]>([])
  const [open, setOpen] = useState(!value)
  useEffect(() => {
    if (!open) return
    let alive = true
    const t = setTimeout(async () => {
      const res = await listStudents({ ...(q ? { q } : {}), ...(classId ? { classId } : {}), ...(dormId ? { dormId } : {}) })
      if (alive && res.ok) setItems(res.data.items.slice(0, 30))
    }, 250)
    return () => {
      alive = false
      clearTimeout(t)
    }
  }, [q, open, classId, dormId])
  if (value && !open) {
    return (
      <View key='picked' className='xq-cn-picked' onClick={() => setOpen(true)}>
        <Text className='xq-cn-picked__name'>{value.name}</Text>
        <Text className='xq-cn-picked__change'>更换</Text>
      </View>
    )
  }
  return (
    <View key='search' className={cx('xq-cn-student-picker', invalid && 'xq-cn-student-picker--invalid')}>
      <TextInput value={q} onChange={setQ} placeholder='输入姓名或学号搜索' name='student-search' />
      <View className='xq-cn-student-picker__list'>
        {items.map((s) => (
          <View key={s._id} className='xq-cn-student-picker__row' onClick={(e) => {
            e.stopPropagation()
            onChange({ id: s._id, name: s.name, className: s.className })
            setOpen(false)
          }}>
            <Text>{s.name}</Text>
            <Text className='xq-cn-student-picker__meta'>{s.studentNo} · {s.className}</Text>
          </View>
        ))}
        {items.length === 0 && <Text className='xq-cn-student-picker__meta xq-cn-student-picker__empty'>没有匹配的学生</Text>}
      </View>
    </View>
  )
}
