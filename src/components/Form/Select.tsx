import { Picker, View, Text } from '@tarojs/components'
import { cx } from '../cx'
import './index.scss'

export interface Option<T extends string = string> {
  value: T
  label: string
}

export interface SelectProps<T extends string> {
  options: readonly Option<T>[]
  value: T | null | undefined
  onChange: (value: T) => void
  placeholder?: string
  invalid?: boolean
  disabled?: boolean
}

/** 单选下拉（原生滚轮选择器） */
export function Select<T extends string>({ options, value, onChange, placeholder = '请选择', invalid, disabled }: SelectProps<T>) {
  const index = options.findIndex((o) => o.value === value)
  return (
    <Picker
      mode='selector'
      range={options.map((o) => o.label)}
      value={index < 0 ? 0 : index}
      disabled={disabled}
      onChange={(e) => {
        const picked = options[Number(e.detail.value)]
        if (picked) onChange(picked.value)
      }}
    >
      <View className={cx('xq-select', invalid && 'xq-select--invalid', disabled && 'xq-select--disabled')}>
        <Text className={index < 0 ? 'xq-select__placeholder' : 'xq-select__value'}>
          {index < 0 ? placeholder : options[index].label}
        </Text>
        <View className='xq-select__arrow' />
      </View>
    </Picker>
  )
}
