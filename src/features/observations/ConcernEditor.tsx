/** 一条关注条目的编辑：学生（本人名册）、类别（多选）、等级、情况描述、已采取措施、需要约谈 */
import { View, Text } from '@tarojs/components'
import { CONCERN_CATEGORIES, LEVELS, LEVEL_LABELS, type Level } from '../../../types/domain'
import { OBS_LIMITS } from '../../../types/api/observations'
import { Button, Card, CheckboxGroup, Field, RadioGroup, Switch, TextArea } from '../../components'
import type { StudentView } from '../../services/api/identity'
import type { ConcernDraft } from './draft'
import { StudentChooser } from './StudentChooser'

const CATEGORY_OPTIONS = CONCERN_CATEGORIES.map((c) => ({ value: c, label: c }))
const LEVEL_OPTIONS = LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))
const ACCENT: Record<Level, 'general' | 'key' | 'crisis'> = { general: 'general', key: 'key', crisis: 'crisis' }

export interface ConcernEditorProps {
  index: number
  value: ConcernDraft
  roster: StudentView[]
  /** 其他条目已选的学生（同一学生只能一条） */
  takenIds: string[]
  /** 字段错误：键为 'studentId' | 'categories' | 'level' | 'description' | 'measures' */
  errors: Record<string, string>
  onChange: (next: ConcernDraft) => void
  onRemove: () => void
}

export function ConcernEditor({ index, value, roster, takenIds, errors, onChange, onRemove }: ConcernEditorProps) {
  const set = (patch: Partial<ConcernDraft>) => onChange({ ...value, ...patch })
  return (
    <Card
      className='xq-obs-concern'
      accent={value.level ? ACCENT[value.level] : undefined}
      title={`关注学生 ${index + 1}`}
      extra={<Button variant='text' size='sm' onClick={onRemove}>删除</Button>}
    >
      <Field label='学生' required error={errors.studentId}>
        <StudentChooser
          roster={roster}
          value={value.studentId}
          exclude={takenIds}
          invalid={!!errors.studentId}
          onChange={(s) => set({ studentId: s._id, studentName: s.name })}
        />
      </Field>
      <Field label='关注类别（可多选）' required error={errors.categories}>
        <CheckboxGroup options={CATEGORY_OPTIONS} value={value.categories} onChange={(categories) => set({ categories })} />
      </Field>
      <Field label='关注等级' required error={errors.level}>
        <RadioGroup look='segmented' options={LEVEL_OPTIONS} value={value.level} onChange={(level) => set({ level })} />
      </Field>
      {value.level === 'crisis' && (
        <View className='xq-obs-crisis-note'>
          <Text>危机条目提交后会立即通知辅导员和站长。如情况紧急，请同时电话联系辅导员。</Text>
        </View>
      )}
      <Field label='情况描述' required error={errors.description}>
        <TextArea
          name={`concern-${index}-description`}
          value={value.description}
          maxLength={OBS_LIMITS.description}
          placeholder='客观描述看到、听到的情况'
          invalid={!!errors.description}
          onChange={(description) => set({ description })}
        />
      </Field>
      <Field label='已采取措施' error={errors.measures}>
        <TextArea
          name={`concern-${index}-measures`}
          value={value.measures}
          maxLength={OBS_LIMITS.measures}
          placeholder='选填，如已谈心、已告知辅导员'
          onChange={(measures) => set({ measures })}
        />
      </Field>
      <Field label='需要辅导员约谈' inline>
        <Switch checked={value.needsTalk} onChange={(needsTalk) => set({ needsTalk })} />
      </Field>
    </Card>
  )
}
