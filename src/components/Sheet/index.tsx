import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { cx } from '../cx'
import './index.scss'

export interface SheetProps {
  /** 标题 */
  title: ReactNode
  /** 底部操作区（按钮等分一行） */
  footer?: ReactNode
  /** 关闭：点遮罩、取消按钮 */
  onClose: () => void
  /** 点遮罩是否关闭，默认 true（提交中可传 false） */
  maskClosable?: boolean
  /** 附加在根节点上的类名 */
  className?: string
  children?: ReactNode
}

/**
 * 底部弹层：遮罩 + 贴底面板（标题、可滚动的内容、底部操作）。
 * 按 375 宽设计，底部留出安全区；内容过长时只滚动内容区，标题与操作始终可见。
 */
export function Sheet({ title, footer, onClose, maskClosable = true, className, children }: SheetProps) {
  return (
    <View className={cx('xq-sheet', className)}>
      <View className='xq-sheet__mask' onClick={maskClosable ? onClose : undefined} />
      <View className='xq-sheet__panel'>
        <Text className='xq-sheet__title'>{title}</Text>
        {children !== undefined && children !== null && <View className='xq-sheet__body'>{children}</View>}
        {footer !== undefined && <View className='xq-sheet__footer'>{footer}</View>}
      </View>
    </View>
  )
}
