import { View, Text } from '@tarojs/components'
import './forms.scss'

/** “已恢复上次未提交的草稿 · 放弃草稿” */
export function DraftBanner({ restored, onDiscard }: { restored: boolean; onDiscard: () => void }) {
  if (!restored) return null
  return (
    <View className='xq-draft-banner'>
      <Text>已恢复上次未提交的草稿</Text>
      <Text className='xq-draft-banner__link' onClick={onDiscard}>放弃草稿</Text>
    </View>
  )
}
