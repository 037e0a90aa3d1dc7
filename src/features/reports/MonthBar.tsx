/** 月份切换条：‹ 2026年10月 ›（不能切到未结束的月份） */
import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { cx } from '../../components/cx'
import { monthText, stepMonth } from './format'
import './reports.scss'

export function MonthBar({ month, onChange, extra }: { month: string; onChange: (m: string) => void; extra?: ReactNode }) {
  const prev = stepMonth(month, -1)
  const next = stepMonth(month, 1)
  return (
    <View className='xq-mr-monthbar'>
      <Text className={cx('xq-mr-monthbar__arrow', !prev && 'xq-mr-monthbar__arrow--off')} onClick={() => prev && onChange(prev)}>‹</Text>
      <Text className='xq-mr-monthbar__month'>{monthText(month)}</Text>
      <Text className={cx('xq-mr-monthbar__arrow', !next && 'xq-mr-monthbar__arrow--off')} onClick={() => next && onChange(next)}>›</Text>
      <View className='xq-mr-monthbar__extra'>{extra}</View>
    </View>
  )
}
