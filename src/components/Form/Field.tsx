import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { cx } from '../cx'
import './index.scss'

export interface FieldProps {
  label: ReactNode
  required?: boolean
  /** 字段错误（中文），显示在控件下方并标红 */
  error?: string
  /** 控件下方的灰色说明 */
  hint?: ReactNode
  /** 标签与控件同行（开关等短控件） */
  inline?: boolean
  className?: string
  children?: ReactNode
}

/** 表单项：标签 + 控件 + 错误/说明 */
export function Field({ label, required, error, hint, inline, className, children }: FieldProps) {
  return (
    <View className={cx('xq-field', inline && 'xq-field--inline', error && 'xq-field--error', className)}>
      <View className='xq-field__label'>
        <Text>{label}</Text>
        {required && <Text className='xq-field__required'>*</Text>}
      </View>
      <View className='xq-field__control'>{children}</View>
      {error ? (
        <Text className='xq-field__error'>{error}</Text>
      ) : hint !== undefined ? (
        <Text className='xq-field__hint'>{hint}</Text>
      ) : null}
    </View>
  )
}

/** 表单分组：白底卡片，内含多个 Field */
export function FieldGroup({ title, children }: { title?: ReactNode; children?: ReactNode }) {
  return (
    <View className='xq-field-group'>
      {title !== undefined && <Text className='xq-field-group__title'>{title}</Text>}
      <View className='xq-field-group__body'>{children}</View>
    </View>
  )
}
