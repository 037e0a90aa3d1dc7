/** 学生时间线：周报关注、即时报告、谈话、朋辈谈心、重点关注库变更 */
import { View, Text } from '@tarojs/components'
import { Empty, LevelTag } from '../../components'
import type { TimelineItem } from '../../services/api/counseling'
import './counseling.scss'
import { dateText } from '../../shared/forms'

const KIND_TEXT: Record<TimelineItem['kind'], string> = { concern: '关注', alert: '即报', talk: '谈话', peer_talk: '朋辈', keycare: '库' }

export function Timeline({ items }: { items: TimelineItem[] }) {
  if (items.length === 0) return <Empty icon='无' title='暂无记录' />
  return (
    <View className='xq-cn-timeline'>
      {items.map((i, n) => (
        <View key={`${i.kind}-${i.refId}-${n}`} className='xq-cn-timeline__item'>
          <View className={`xq-cn-timeline__dot xq-cn-timeline__dot--${i.kind}`}>
            <Text>{KIND_TEXT[i.kind]}</Text>
          </View>
          <View className='xq-cn-timeline__body'>
            <View className='xq-cn-timeline__head'>
              <Text className='xq-cn-timeline__date'>{dateText(i.date)}</Text>
              {i.level && <LevelTag level={i.level} />}
            </View>
            <Text className='xq-cn-timeline__title'>{i.title}</Text>
            {i.detail && <Text className='xq-cn-timeline__detail'>{i.detail}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
