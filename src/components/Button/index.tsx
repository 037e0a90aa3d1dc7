import { Button as TaroButton, View, Text } from '@tarojs/components'
import type { ButtonProps as TaroButtonProps } from '@tarojs/components'
import type { ReactNode } from 'react'
import { cx } from '../cx'
import './index.scss'

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
        onClick={inactive ? undefined : onClick}
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
      onClick={inactive ? undefined : onClick}
      aria-disabled={inactive ? 'true' : undefined}
    >
      {content}
    </View>
  )
}
