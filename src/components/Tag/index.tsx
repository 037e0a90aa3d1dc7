import { Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { LEVEL_LABELS, type Level } from '../../../types/domain'
import { cx } from '../cx'
import './index.scss'

/** 标签色调；general/key/crisis 为关注等级色（黄/橙/红） */
export type TagTone = 'primary' | 'success' | 'neutral' | 'danger' | 'general' | 'key' | 'crisis'

export interface TagProps {
  tone?: TagTone
  /** 实心样式（默认浅底） */
  solid?: boolean
  className?: string
  children?: ReactNode
}

/** 小标签 */
export function Tag({ tone = 'neutral', solid, className, children }: TagProps) {
  return <Text className={cx('xq-tag', `xq-tag--${tone}`, solid && 'xq-tag--solid', className)}>{children}</Text>
}

/** 关注等级标签：一般关注(黄) / 重点关注(橙) / 危机(红) */
export function LevelTag({ level, solid }: { level: Level; solid?: boolean }) {
  return (
    <Tag tone={level} solid={solid ?? level === 'crisis'}>
      {LEVEL_LABELS[level]}
    </Tag>
  )
}
