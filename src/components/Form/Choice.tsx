import { Switch as TaroSwitch, View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { cx } from '../cx'
import type { Option } from './Select'
import './index.scss'

export interface CheckboxGroupProps<T extends string> {
  options: readonly Option<T>[]
  value: readonly T[]
  onChange: (value: T[]) => void
  /** 最多可选数量 */
  max?: number
  disabled?: boolean
}

/** 多选（胶囊样式，按选项原顺序返回） */
export function CheckboxGroup<T extends string>({ options, value, onChange, max, disabled }: CheckboxGroupProps<T>) {
  const toggle = (v: T) => {
    if (disabled) return
    if (value.includes(v)) onChange(options.map((o) => o.value).filter((x) => x !== v && value.includes(x)))
    else if (max === undefined || value.length < max) onChange(options.map((o) => o.value).filter((x) => x === v || value.includes(x)))
  }
  return (
    <View className='xq-chips'>
      {options.map((o) => (
        <View
          key={o.value}
          className={cx('xq-chip', value.includes(o.value) && 'xq-chip--checked', disabled && 'xq-chip--disabled')}
          onClick={() => toggle(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}

export interface RadioGroupProps<T extends string> {
  options: readonly Option<T>[]
  value: T | null | undefined
  onChange: (value: T) => void
  /** segmented：等宽分段；chips：胶囊换行 */
  look?: 'segmented' | 'chips'
  disabled?: boolean
}

/** 单选（分段或胶囊样式） */
export function RadioGroup<T extends string>({ options, value, onChange, look = 'chips', disabled }: RadioGroupProps<T>) {
  const base = look === 'segmented' ? 'xq-segment' : 'xq-chip'
  return (
    <View className={look === 'segmented' ? 'xq-segments' : 'xq-chips'}>
      {options.map((o) => (
        <View
          key={o.value}
          className={cx(base, value === o.value && `${base}--checked`, disabled && `${base}--disabled`)}
          onClick={() => !disabled && onChange(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}

export interface CheckboxProps {
  checked: boolean
  onChange: (checked: boolean) => void
  disabled?: boolean
  children?: ReactNode
}

/** 单个勾选框（如“我已阅读并同意”） */
export function Checkbox({ checked, onChange, disabled, children }: CheckboxProps) {
  return (
    <View className={cx('xq-checkbox', checked && 'xq-checkbox--checked', disabled && 'xq-checkbox--disabled')} onClick={() => !disabled && onChange(!checked)}>
      <View className='xq-checkbox__box'>{checked && <View className='xq-checkbox__tick' />}</View>
      <View className='xq-checkbox__label'>{children}</View>
    </View>
  )
}

export interface SwitchProps {
  checked: boolean
  onChange: (checked: boolean) => void
  disabled?: boolean
}

/** 开关 */
export function Switch({ checked, onChange, disabled }: SwitchProps) {
  return <TaroSwitch className='xq-switch' checked={checked} disabled={disabled} color='#3a6cf4' onChange={(e) => onChange(e.detail.value)} />
}
