import { Button as TaroButton, View, Text } from '@tarojs/components'
import type { ButtonProps as TaroButtonProps } from '@tarojs/components'
import { useEffect, useRef, type ReactNode } from 'react'
import { cx } from '../cx'
import './index.scss'

/** 两次点击间隔小于此值时忽略后一次 */
const DOUBLE_TAP_MS = 700

/** danger-ghost：次要的危险操作（如卡片上的“撤销”），白底红字，不抢主操作 */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'danger-ghost' | 'ghost' | 'text'
export type ButtonSize = 'sm' | 'md' | 'lg'

export interface ButtonProps {
  variant?: ButtonVariant
  size?: ButtonSize
  /** 占满整行 */
  block?: boolean
  /** 加载中：显示转圈并忽略点击 */
  loading?: boolean
  disabled?: boolean
  onClick?: () => void
  /** 微信开放能力（如 agreePrivacyAuthorization）：此时渲染原生 button */
  openType?: TaroButtonProps['openType']
  /** openType 为 agreePrivacyAuthorization 时的回调 */
  onAgreePrivacyAuthorization?: () => void
  /** 原生 button 的 id（隐私授权回调需要） */
  id?: string
  className?: string
  children?: ReactNode
}

/** 按钮。普通按钮用 View 渲染以保证两端一致；需要开放能力时用原生 button */
export function Button({
  variant = 'primary',
  size = 'md',
  block,
  loading,
  disabled,
  onClick,
  openType,
  onAgreePrivacyAuthorization,
  id,
  className,
  children,
}: ButtonProps) {
  const inactive = disabled || loading
  // 连点保护（只对带 loading 的动作按钮）：加载态生效前的第二次点击被忽略，动作不会做两遍
  const guarded = loading !== undefined
  const last = useRef(0)
  // 动作结束（loading 变回 false）后可以立即再点（如失败后重试）
  useEffect(() => {
    if (!loading) last.current = 0
  }, [loading])
  const tap = onClick && guarded
    ? () => {
        const t = Date.now()
        if (t - last.current < DOUBLE_TAP_MS) return
        last.current = t
        onClick()
      }
    : onClick
  const classes = cx(
    'xq-button',
    `xq-button--${variant}`,
    `xq-button--${size}`,
    block && 'xq-button--block',
    inactive && 'xq-button--inactive',
    className,
  )
  const content = (
    <>
      {loading && <View className='xq-button__spinner' />}
      <Text className='xq-button__text'>{children}</Text>
    </>
  )
  if (openType) {
    return (
      <TaroButton
        id={id}
        className={classes}
        openType={openType}
        disabled={disabled}
        onAgreePrivacyAuthorization={onAgreePrivacyAuthorization}
        onClick={inactive ? undefined : tap}
      >
        {content}
      </TaroButton>
    )
  }
  return (
    <View
      id={id}
      className={classes}
      hoverClass={inactive ? 'none' : 'xq-button--pressed'}
      onClick={inactive ? undefined : tap}
      aria-disabled={inactive ? 'true' : undefined}
    >
      {content}
    </View>
  )
}
