import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ENV } from '../../config/env'
import { PrivacyNotice } from './PrivacyNotice'
import { onPrivacyRequest } from './privacy'

/**
 * 放在用到隐私接口的页面（功能组件）里：平台在这个页面上调用隐私接口并要求授权时，
 * 就地展示隐私提示与平台的同意按钮（不只在启动页）。拒绝后这次调用以“未同意隐私授权”失败（consent.ts）。
 */
export function PrivacyConsent() {
  const [open, setOpen] = useState(false)
  useEffect(() => (ENV.platform === 'weapp' ? onPrivacyRequest(setOpen) : undefined), [])
  if (!open) return null
  return (
    <View className='xq-privacy-overlay'>
      <PrivacyNotice onAgree={() => setOpen(false)} onDecline={() => setOpen(false)} />
    </View>
  )
}
