/** 从本单位名册选学生：输入姓名或学号筛选，点选；已选的显示为一枚标签，可更换 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { RadioGroup, TextInput } from '../../components'
import type { StudentView } from '../../services/api/identity'
import './observations.scss'

const SHOW = 12

export interface StudentChooserProps {
  roster: StudentView[]
  value: string
  /** 不可选（其他条目已选）的学生 */
  exclude: string[]
  invalid?: boolean
  onChange: (s: StudentView) => void
  /** 允许清除（学生可不指定时） */
  onClear?: () => void
}

export function StudentChooser({ roster, value, exclude, invalid, onChange, onClear }: StudentChooserProps) {
  const [q, setQ] = useState('')
  const [open, setOpen] = useState(!value)
  const picked = roster.find((s) => s._id === value)
  if (picked && !open) {
    return (
      <View className='xq-obs-picked'>
        <Text className='xq-obs-picked__name'>{picked.name}</Text>
        <Text className='xq-obs-picked__no'>{picked.studentNo}</Text>
        <Text className='xq-obs-picked__change' onClick={() => setOpen(true)}>更换</Text>
        {onClear && <Text className='xq-obs-picked__change' onClick={onClear}>不指定</Text>}
      </View>
    )
  }
  const key = q.trim()
  const matches = roster
    .filter((s) => !exclude.includes(s._id))
    .filter((s) => !key || s.name.includes(key) || s.studentNo.includes(key))
  const shown = matches.slice(0, SHOW)
  return (
    <View className='xq-obs-chooser'>
      {roster.length > SHOW && (
        <TextInput value={q} onChange={setQ} placeholder='输入姓名或学号筛选' maxLength={20} invalid={invalid} name='student-filter' />
      )}
      {shown.length === 0 ? (
        <Text className='xq-obs-chooser__empty'>{roster.length === 0 ? '名册为空，请联系辅导员导入名册' : '没有匹配的学生'}</Text>
      ) : (
        <RadioGroup
          options={shown.map((s) => ({ value: s._id, label: s.name }))}
          value={value || null}
          onChange={(id) => {
            const s = roster.find((x) => x._id === id)
            if (s) {
              onChange(s)
              setOpen(false)
              setQ('')
            }
          }}
        />
      )}
      {matches.length > SHOW && <Text className='xq-obs-chooser__more'>还有 {matches.length - SHOW} 人，请输入姓名或学号筛选</Text>}
    </View>
  )
}
