import { View, Text } from '@tarojs/components'
import { ROLE_LABELS } from '../../../types/domain'
import { Card, Tag } from '../../components'
import type { MyAssignment } from '../../services/api/identity'
import { termText } from './format'
import './shell.scss'

/** 当前任职：角色、辅导站、范围、任期 */
export function AssignmentCard({ assignment }: { assignment: MyAssignment }) {
  return (
    <Card title='我的任职' extra={<Tag tone='primary'>{ROLE_LABELS[assignment.role]}</Tag>}>
      <View className='xq-kv'>
        <Text className='xq-kv__key'>辅导站</Text>
        <Text className='xq-kv__value'>{assignment.stationName || '校心理中心'}</Text>
      </View>
      <View className='xq-kv'>
        <Text className='xq-kv__key'>负责范围</Text>
        <Text className='xq-kv__value'>{assignment.scopeLabel}</Text>
      </View>
      <View className='xq-kv'>
        <Text className='xq-kv__key'>任期</Text>
        <Text className='xq-kv__value'>{termText(assignment)}</Text>
      </View>
    </Card>
  )
}
