import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { cx } from '../cx'
import './index.scss'

export interface CellGroupProps {
  /** 分组标题（卡片外） */
  title?: ReactNode
  className?: string
  children?: ReactNode
}

/** 列表分组（白底圆角，行间细线） */
export function CellGroup({ title, className, children }: CellGroupProps) {
  return (
    <View className={cx('xq-cell-group', className)}>
      {title !== undefined && <Text className='xq-cell-group__title'>{title}</Text>}
      <View className='xq-cell-group__body'>{children}</View>
    </View>
  )
}

export interface CellProps {
  title: ReactNode
  /** 标题下的说明 */
  desc?: ReactNode
  /** 右侧值 */
  value?: ReactNode
  /** 左侧图标区（文字或元素） */
  icon?: ReactNode
  /** 显示右箭头；有 onClick 时默认显示 */
  arrow?: boolean
  disabled?: boolean
  onClick?: () => void
  className?: string
}

/** 列表行 */
export function Cell({ title, desc, value, icon, arrow, disabled, onClick, className }: CellProps) {
  const clickable = !!onClick && !disabled
  const showArrow = arrow ?? clickable
  return (
    <View
      className={cx('xq-cell', clickable && 'xq-cell--clickable', disabled && 'xq-cell--disabled', className)}
      hoverClass={clickable ? 'xq-cell--active' : 'none'}
      onClick={clickable ? onClick : undefined}
    >
      {icon !== undefined && <View className='xq-cell__icon'>{icon}</View>}
      <View className='xq-cell__main'>
        <Text className='xq-cell__title'>{title}</Text>
        {desc !== undefined && <Text className='xq-cell__desc'>{desc}</Text>}
      </View>
      {value !== undefined && <View className='xq-cell__value'>{value}</View>}
      {showArrow && <View className='xq-cell__arrow' />}
    </View>
  )
}
