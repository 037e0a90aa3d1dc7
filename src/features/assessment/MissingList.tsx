/** 缺失材料清单：每条一键打开补齐它的页面（考核手册页与站长工作台共用） */
import { Text, View } from '@tarojs/components'
import type { MissingEvidence } from '../../../types/assessment'
import { Card, Empty } from '../../components'
import { openPage } from '../../shared/navigation/navigate'
import { evidenceUrl } from '../../shared/assessment/targets'

export function MissingList({ items, limit }: { items: MissingEvidence[]; limit?: number }) {
  if (!items.length) return <Empty icon='✓' title='暂无缺失材料' />
  const shown = limit ? items.slice(0, limit) : items
  return (
    <View>
      {shown.map((m) => (
        <Card key={m.key} onClick={() => openPage(evidenceUrl(m.target))} className='xq-binder-missing' title={m.text}>
          <Text className='xq-binder-muted'>{m.action} ›</Text>
        </Card>
      ))}
      {limit && items.length > limit && <Text className='xq-binder-muted'>另有 {items.length - limit} 项，见考核手册</Text>}
    </View>
  )
}
