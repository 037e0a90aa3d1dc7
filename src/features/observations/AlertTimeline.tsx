/** 即时报告的送达时间线：何时产生、推送到微信了没有（没有的原因）、谁在心桥里看到、确认、升级 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { Button, RemoteView } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { fetchAlertTimeline } from '../../services/api/observations'
import { timeText } from './format'

const DOT: Record<string, string> = { raised: 'primary', pushed: 'success', not_pushed: 'danger', seen: 'primary', acked: 'success', escalated: 'danger' }

function Events({ alertId }: { alertId: string }) {
  const res = useRemote(() => fetchAlertTimeline({ alertId }), [alertId])
  return <RemoteView remote={res}>{(d) => (
    <View className='xq-obs-timeline'>
      {d.events.map((e, i) => (
        <View key={i} className={`xq-obs-timeline__row xq-obs-timeline__row--${DOT[e.kind]}`}>
          <Text className='xq-obs-timeline__time'>{timeText(e.at)}</Text>
          <Text className='xq-obs-timeline__text'>{e.who ? `${e.who} · ` : ''}{e.text}</Text>
        </View>
      ))}
    </View>
  )}</RemoteView>
}

/** 折叠的“送达记录”；open 为 true 时直接展开（从消息或首页点进来的那一条） */
export function AlertTimeline({ alertId, open = false }: { alertId: string; open?: boolean }) {
  const [shown, setShown] = useState(open)
  if (!shown) {
    return (
      <Button variant='text' size='sm' onClick={() => setShown(true)}>
        送达记录
      </Button>
    )
  }
  return <Events alertId={alertId} />
}
