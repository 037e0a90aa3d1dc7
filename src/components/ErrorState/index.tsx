import { View, Text } from '@tarojs/components'
import type { AppErrorBody } from '../../../types/result'
import { errorText, isRetryable } from '../../services/errors'
import { Button } from '../Button'
import './index.scss'

export interface ErrorStateProps {
  error: Pick<AppErrorBody, 'code' | 'message'>
  /** 重试；网络失败与服务异常时显示“重试”按钮 */
  onRetry?: () => void
  /** 其它错误时也显示重试 */
  alwaysRetry?: boolean
}

/** 加载失败：中文原因 + 重试 */
export function ErrorState({ error, onRetry, alwaysRetry }: ErrorStateProps) {
  const network = error.code === 'NETWORK.FAILED'
  const canRetry = !!onRetry && (alwaysRetry || isRetryable(error))
  return (
    <View className='xq-error-state'>
      <View className={network ? 'xq-error-state__icon xq-error-state__icon--network' : 'xq-error-state__icon'}>
        <Text>{network ? '断' : '!'}</Text>
      </View>
      <Text className='xq-error-state__title'>{network ? '网络不给力' : '出错了'}</Text>
      <Text className='xq-error-state__desc'>{errorText(error)}</Text>
      {canRetry && (
        <View className='xq-error-state__action'>
          <Button variant='secondary' onClick={onRetry}>
            重试
          </Button>
        </View>
      )}
    </View>
  )
}
