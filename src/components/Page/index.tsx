import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { ENV } from '../../config/env'
import { cx } from '../cx'
import './index.scss'

export interface PageProps {
  /** 页内大标题（导航栏标题在 index.config.ts 里设置） */
  title?: ReactNode
  /** 标题下的说明 */
  subtitle?: ReactNode
  /** 标题右侧内容 */
  extra?: ReactNode
  /** 头部样式：plain 白底；hero 品牌色渐变（首页） */
  header?: 'plain' | 'hero'
  /** 吸底操作区（按钮等） */
  footer?: ReactNode
  /** 内容区左右留白，默认 true */
  padded?: boolean
  className?: string
  children?: ReactNode
}

/** H5 没有原生导航栏：页面栈不止一页时在页头给出返回 */
function canGoBack(): boolean {
  if (ENV.platform !== 'h5') return false
  try {
    return Taro.getCurrentPages().length > 1
  } catch {
    return false
  }
}

/** 页面骨架：可选页头 + 内容 + 吸底操作区（适配安全区） */
export function Page({ title, subtitle, extra, header = 'plain', footer, padded = true, className, children }: PageProps) {
  const hasHeader = title !== undefined || subtitle !== undefined || extra !== undefined
  const back = hasHeader && canGoBack()
  return (
    <View className={cx('xq-page', footer ? 'xq-page--with-footer' : undefined, className)}>
      {hasHeader && (
        <View className={cx('xq-page__header', `xq-page__header--${header}`)}>
          <View className='xq-page__heading'>
            {back && (
              <Text className='xq-page__back' onClick={() => Taro.navigateBack().catch(() => undefined)}>
                ‹ 返回
              </Text>
            )}
            {title !== undefined && <Text className='xq-page__title'>{title}</Text>}
            {subtitle !== undefined && <Text className='xq-page__subtitle'>{subtitle}</Text>}
          </View>
          {extra !== undefined && <View className='xq-page__extra'>{extra}</View>}
        </View>
      )}
      <View className={cx('xq-page__body', padded ? 'xq-page__body--padded' : undefined)}>{children}</View>
      {footer && <View className='xq-page__footer'>{footer}</View>}
    </View>
  )
}

export interface SectionProps {
  title?: ReactNode
  extra?: ReactNode
  className?: string
  children?: ReactNode
}

/** 页内分组标题 + 内容 */
export function Section({ title, extra, className, children }: SectionProps) {
  return (
    <View className={cx('xq-section', className)}>
      {(title !== undefined || extra !== undefined) && (
        <View className='xq-section__head'>
          <Text className='xq-section__title'>{title}</Text>
          {extra !== undefined && <View className='xq-section__extra'>{extra}</View>}
        </View>
      )}
      {children}
    </View>
  )
}
