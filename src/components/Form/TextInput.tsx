import { Input, Textarea, View, Text } from '@tarojs/components'
import type { InputProps } from '@tarojs/components'
import { cx } from '../cx'
import './index.scss'

export interface TextInputProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  /** 最大长度（与服务端 schema 一致） */
  maxLength?: number
  type?: 'text' | 'number' | 'idcard' | 'digit'
  invalid?: boolean
  disabled?: boolean
  /** 原生 name，便于测试与自动填充 */
  name?: string
  onConfirm?: () => void
}

/** 单行输入 */
export function TextInput({ value, onChange, placeholder, maxLength = 100, type = 'text', invalid, disabled, name, onConfirm }: TextInputProps) {
  return (
    <Input
      className={cx('xq-input', invalid && 'xq-input--invalid')}
      name={name}
      value={value}
      type={type as InputProps['type']}
      placeholder={placeholder}
      placeholderClass='xq-input__placeholder'
      maxlength={maxLength}
      disabled={disabled}
      onInput={(e) => onChange(e.detail.value)}
      onConfirm={onConfirm ? () => onConfirm() : undefined}
    />
  )
}

export interface TextAreaProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  maxLength?: number
  invalid?: boolean
  disabled?: boolean
  name?: string
  /** 显示字数 */
  showCount?: boolean
}

/** 多行输入（自动增高） */
export function TextArea({ value, onChange, placeholder, maxLength = 1000, invalid, disabled, name, showCount = true }: TextAreaProps) {
  return (
    <View className={cx('xq-textarea', invalid && 'xq-textarea--invalid')}>
      <Textarea
        className='xq-textarea__native'
        name={name}
        value={value}
        placeholder={placeholder}
        placeholderClass='xq-input__placeholder'
        maxlength={maxLength}
        disabled={disabled}
        autoHeight
        onInput={(e) => onChange(e.detail.value)}
      />
      {showCount && (
        <Text className='xq-textarea__count'>
          {value.length}/{maxLength}
        </Text>
      )}
    </View>
  )
}
