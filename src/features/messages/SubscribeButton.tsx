import { useState } from 'react'
import { Button, showSuccess, type ButtonVariant } from '../../components'
import { canSubscribe, requestSubscribe } from './subscribe'

/**
 * “在微信中接收通知”：小程序里由用户点击触发订阅（周报提醒 + 即时报告/升级通知）。
 * 一次性订阅每接受一次只能收到一条，所以每次打开消息页都可以再点；H5 本地模式下不显示（消息只进站内）。
 */
export function SubscribeButton({ label = '在微信中接收通知', variant = 'text' }: { label?: string; variant?: ButtonVariant }) {
  const [done, setDone] = useState(false)
  if (!canSubscribe() || done) return null
  const ask = async () => {
    if (await requestSubscribe()) {
      setDone(true)
      showSuccess('已订阅')
    }
  }
  return (
    <Button variant={variant} size={variant === 'text' ? 'sm' : undefined} onClick={() => void ask()}>
      {label}
    </Button>
  )
}
