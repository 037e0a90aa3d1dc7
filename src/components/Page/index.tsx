import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { ENV } from '../../config/env'
import { isRootPage, pageTitle } from '../../routes'
import { cx } from '../cx'
import { confirmLeave } from './leaveGuard'
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

/** 当前页面的路径（H5 与小程序都有 router.path） */
function currentPath(): string {
  try {
    return Taro.getCurrentInstance().router?.path ?? ''
  } catch {
    return ''
  }
}

function stackDepth(): number {
  try {
    return Taro.getCurrentPages().length
  } catch {
    return 0
  }
}

/**
 * 返回：有上一页回上一页；H5 刷新后页面栈只剩这一页，则回首页（不把人困在页面里）。
 * 有未提交的修改时先确认。
 */
export async function leavePage(): Promise<void> {
  if (!(await confirmLeave())) return
  if (stackDepth() > 1) await Taro.navigateBack().catch(() => undefined)
  else await Taro.reLaunch({ url: '/pages/home/index' }).catch(() => undefined)
}

/** 页面骨架：可选页头 + 内容 + 吸底操作区（适配安全区） */
export function Page({ title, subtitle, extra, header = 'plain', footer, padded = true, className, children }: PageProps) {
  // H5 没有原生导航栏：每页都有标题（页面没给就取 src/routes.ts 里的）和返回；小程序由原生导航栏负责
  const h5 = ENV.platform === 'h5'
  const path = currentPath()
  const routeTitle = h5 && path ? pageTitle(path) : null
  const shownTitle = title ?? routeTitle ?? undefined
  const back = h5 && !!path && !isRootPage(path)
  const hasHeader = shownTitle !== undefined || subtitle !== undefined || extra !== undefined || back
  return (
    <View className={cx('xq-page', footer ? 'xq-page--with-footer' : undefined, className)}>
      {hasHeader && (
        <View className={cx('xq-page__header', `xq-page__header--${header}`)}>
          <View className='xq-page__heading'>
            {back && (
              <Text className='xq-page__back' onClick={() => void leavePage()}>
                ‹ 返回
              </Text>
            )}
            {shownTitle !== undefined && <Text className='xq-page__title'>{shownTitle}</Text>}
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
