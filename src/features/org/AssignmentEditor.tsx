import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button, CheckboxGroup, Field, FieldGroup } from '../../components'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { listClasses, listDorms, updateAssignment, type AssignmentDetail } from '../../services/api/identity'
import { fieldErrorMap } from '../../services/errors'
import { termEndDay } from './format'
import { schoolYearEnd, todayInShanghai } from '../../../domain/calendar'

/** 调整任职：辅导员的负责班级与宿舍；任何任职的任期结束日期 */
export function AssignmentEditor({ assignment, onSaved, onCancel }: { assignment: AssignmentDetail; onSaved: () => void; onCancel: () => void }) {
  const counselor = assignment.role === 'counselor'
  const [classIds, setClassIds] = useState<string[]>(assignment.classIds ?? [])
  const [dormIds, setDormIds] = useState<string[]>(assignment.dormIds ?? [])
  const [termEnd, setTermEnd] = useState<string | null>(assignment.termEnd ? termEndDay(assignment.termEnd) : null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const classes = useRemote(() => (counselor ? listClasses({ pageSize: 500 }) : Promise.resolve({ ok: true as const, data: null })), [])
  const dorms = useRemote(() => (counselor ? listDorms({ pageSize: 500 }) : Promise.resolve({ ok: true as const, data: null })), [])

  const save = useAction(async () => {
    const res = await updateAssignment({
      assignmentId: assignment._id,
      ...(counselor ? { classIds, dormIds } : {}),
      termEnd,
    })
    setErrors(res.ok ? {} : fieldErrorMap(res.error))
    return res
  }, { success: '已保存', onDone: onSaved })

  return (
    <FieldGroup title='调整任职'>
      {counselor && (
        <>
          <Field label='负责班级' error={errors.classIds}>
            <CheckboxGroup options={(classes.data?.items ?? []).map((c) => ({ value: c._id, label: c.name }))} value={classIds} onChange={setClassIds} />
          </Field>
          <Field label='负责宿舍' error={errors.dormIds}>
            <CheckboxGroup options={(dorms.data?.items ?? []).map((d) => ({ value: d._id, label: d.name }))} value={dormIds} onChange={setDormIds} />
          </Field>
        </>
      )}
      <Field label='任期结束（含当日）' error={errors.termEnd} hint='到期后该任职自动失去权限'>
        <View style={{ display: 'flex', alignItems: 'center', gap: '8px' }}>
          <Picker mode='date' value={termEnd ?? schoolYearEnd(todayInShanghai())} onChange={(e) => setTermEnd(String(e.detail.value))}>
            <View className='xq-select'>
              <Text className={termEnd ? 'xq-select__value' : 'xq-select__placeholder'}>{termEnd ?? '未设定'}</Text>
            </View>
          </Picker>
          {termEnd && <Button variant='text' size='sm' onClick={() => setTermEnd(null)}>清除</Button>}
        </View>
      </Field>
      <View className='xq-org__actions' style={{ padding: '0 12px 12px' }}>
        <Button size='sm' loading={save.busy} onClick={() => void save.run()}>保存</Button>
        <Button size='sm' variant='secondary' onClick={onCancel}>取消</Button>
      </View>
    </FieldGroup>
  )
}
