import { View, Text } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import type { AppErrorBody } from '../../../types/result'
import { ErrorState, Loading } from '../../components'
import { ENV } from '../../config/env'
import { PrivacyNotice, onPrivacyRequest, privacyNeeded } from '../../shared/privacy'
import { loadSession } from '../../shared/session'
import { replacePage } from '../../features/shell'
import { getDevOpenid } from '../../services/devSession'
import './index.scss'

type Phase = 'checking' | 'privacy' | 'declined' | 'loading' | 'error'

/** 启动页：隐私提示 → 查询身份 → 已绑定进首页，未绑定去绑定页 */
export default function LaunchPage() {
  const [phase, setPhase] = useState<Phase>('checking')
  const [error, setError] = useState<AppErrorBody | null>(null)

  const enter = useCallback(async () => {
    if (ENV.platform === 'h5' && !getDevOpenid()) {
      replacePage('/pages/dev-login/index')
      return
    }
    setPhase('loading')
    const res = await loadSession()
    if (res.ok) {
      replacePage('/pages/home/index')
    } else if (res.error.code === 'AUTH.NOT_BOUND') {
      replacePage('/pages/bind/index')
    } else if (ENV.platform === 'h5' && res.error.code === 'AUTH.UNAUTHENTICATED') {
      replacePage('/pages/dev-login/index')
    } else {
      setError(res.error)
      setPhase('error')
    }
  }, [])

  useEffect(() => {
    let alive = true
    void privacyNeeded().then((needed) => {
      if (!alive) return
      if (needed) setPhase('privacy')
      else void enter()
    })
    const off = onPrivacyRequest((open) => {
      if (open) setPhase('privacy')
    })
    return () => {
      alive = false
      off()
    }
  }, [enter])

  return (
    <View className='xq-launch'>
      <View className='xq-launch__brand'>
        <View className='xq-launch__logo'>
          <Text>心桥</Text>
        </View>
        <Text className='xq-launch__name'>心桥</Text>
        <Text className='xq-launch__slogan'>高校心理工作网络 · 守护每一位同学</Text>
      </View>
      <View className='xq-launch__body'>
        {phase === 'privacy' && <PrivacyNotice onAgree={() => void enter()} onDecline={() => setPhase('declined')} />}
        {phase === 'declined' && (
          <View className='xq-launch__declined'>
            <Text>需要同意隐私保护提示后才能使用心桥。</Text>
            <Text className='xq-launch__link' onClick={() => setPhase('privacy')}>
              重新查看
            </Text>
          </View>
        )}
        {(phase === 'checking' || phase === 'loading') && <Loading text='正在确认身份…' />}
        {phase === 'error' && error && <ErrorState error={error} onRetry={() => void enter()} alwaysRetry />}
      </View>
    </View>
  )
}
