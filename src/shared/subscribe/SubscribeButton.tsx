import { useState } from 'react'
import { Button, showSuccess, type ButtonVariant } from '../../components'
import { recordSubscribed } from '../../services/api/workbench'
import { canSubscribe, requestSubscribe } from './subscribe'

/**
 * “在微信中接收通知”：小程序里由用户点击触发订阅（周报提醒 + 即时报告/升级通知）。
 * 一次性订阅每接受一次只能收到一条，所以每次打开消息页都可以再点；接受后记下额度（identity.wechat.subscribed）。
 * 没有模板 id 时不显示。
 */
export function SubscribeButton({ label = '在微信中接收通知', variant = 'text', onSubscribed }: { label?: string; variant?: ButtonVariant; onSubscribed?: () => void }) {
  const [done, setDone] = useState(false)
  if (!canSubscribe() || done) return null
  const ask = async () => {
    const accepted = await requestSubscribe()
    if (accepted.length > 0) {
      // 记下额度：站长据此知道谁还能收到即时报告
      await recordSubscribed(accepted)
      setDone(true)
      showSuccess('已订阅')
      onSubscribed?.()
    }
  }
  return (
    <Button variant={variant} size={variant === 'text' ? 'sm' : undefined} onClick={() => void ask()}>
      {label}
    </Button>
  )
}
