import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { cx } from '../cx'
import './index.scss'

export interface CardProps {
  title?: ReactNode
  /** 标题右侧（标签、链接等） */
  extra?: ReactNode
  /** 底部操作区 */
  footer?: ReactNode
  /** 内容留白，默认 true */
  padded?: boolean
  /** 左侧强调色条 */
  accent?: 'primary' | 'general' | 'key' | 'crisis'
  onClick?: () => void
  className?: string
  children?: ReactNode
}

/** 白底圆角卡片 */
export function Card({ title, extra, footer, padded = true, accent, onClick, className, children }: CardProps) {
  return (
    <View
      className={cx('xq-card', accent && `xq-card--accent-${accent}`, onClick && 'xq-card--clickable', className)}
      hoverClass={onClick ? 'xq-card--active' : 'none'}
      onClick={onClick}
    >
      {(title !== undefined || extra !== undefined) && (
        <View className='xq-card__head'>
          <Text className='xq-card__title'>{title}</Text>
          {extra !== undefined && <View className='xq-card__extra'>{extra}</View>}
        </View>
      )}
      {children !== undefined && children !== null && (
        <View className={cx('xq-card__body', padded && 'xq-card__body--padded')}>{children}</View>
      )}
      {footer !== undefined && <View className='xq-card__footer'>{footer}</View>}
    </View>
  )
}
