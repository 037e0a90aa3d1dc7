import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface EmptyProps {
  title?: ReactNode
  desc?: ReactNode
  /** 操作区（如按钮） */
  action?: ReactNode
  /** 图标文字，默认“空” */
  icon?: string
}

/** 空状态 */
export function Empty({ title = '暂无内容', desc, action, icon = '空' }: EmptyProps) {
  return (
    <View className='xq-empty'>
      <View className='xq-empty__icon'>
        <Text>{icon}</Text>
      </View>
      <Text className='xq-empty__title'>{title}</Text>
      {desc !== undefined && <Text className='xq-empty__desc'>{desc}</Text>}
      {action !== undefined && <View className='xq-empty__action'>{action}</View>}
    </View>
  )
}
