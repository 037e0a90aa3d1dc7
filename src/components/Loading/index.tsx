import { View, Text } from '@tarojs/components'
import './index.scss'

export interface LoadingProps {
  /** 提示文字，默认“加载中…” */
  text?: string
  /** 整页居中 */
  fullscreen?: boolean
}

/** 加载中 */
export function Loading({ text = '加载中…', fullscreen }: LoadingProps) {
  return (
    <View className={fullscreen ? 'xq-loading xq-loading--fullscreen' : 'xq-loading'}>
      <View className='xq-loading__spinner' />
      <Text className='xq-loading__text'>{text}</Text>
    </View>
  )
}
