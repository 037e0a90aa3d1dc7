import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { ROLE_LABELS } from '../../../types/domain'
import { Card, Tag } from '../../components'
import type { MyAssignment } from '../../services/api/identity'
import './shell.scss'

/** 键值行（卡片内） */
export function KeyValue({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <View className='xq-kv'>
      <Text className='xq-kv__key'>{label}</Text>
      <Text className='xq-kv__value'>{children}</Text>
    </View>
  )
}

/** 当前任职：角色、辅导站、负责范围；children 追加更多行 */
export function ScopeCard({ assignment, children }: { assignment: MyAssignment; children?: ReactNode }) {
  return (
    <Card title='我的任职' extra={<Tag tone='primary'>{ROLE_LABELS[assignment.role]}</Tag>}>
      {assignment.role !== 'center' && <KeyValue label='辅导站'>{assignment.stationName}</KeyValue>}
      <KeyValue label='负责范围'>{assignment.scopeLabel}</KeyValue>
      {children}
    </Card>
  )
}
