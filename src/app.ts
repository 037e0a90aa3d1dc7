import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { installPrivacyListener } from './shared/privacy'
import { installAuthGuard } from './shared/session'
import './app.scss'

/** 应用根：注册隐私授权与身份失效的全局处理；页面由 Taro 作为 children 渲染 */
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyListener()
    installAuthGuard()
  })
  return children
}

export default App
