/**
 * 月报里的简单图表：只用 View 画（条形图、堆叠条、本月/上月对比条），不引入图表库，
 * 节点少、在小程序与 H5 上完全一致。
 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { TrendRow } from '../../../types/models-reports'
import { cx } from '../../components/cx'
import { barWidth, deltaText, trendValue } from './format'
import './reports.scss'

export type BarTone = 'primary' | 'accent' | 'general' | 'key' | 'crisis' | 'muted' | 'success' | 'danger'

export interface BarItem {
  label: string
  value: number
  tone?: BarTone
  /** 数值右侧的补充（如百分比） */
  hint?: string
}

/** 横向条形图（按给定顺序；max 缺省取最大值） */
export function BarList({ items, max, empty = '暂无数据' }: { items: BarItem[]; max?: number; empty?: string }) {
  const top = max ?? Math.max(0, ...items.map((i) => i.value))
  if (items.length === 0) return <Text className='xq-mr-muted'>{empty}</Text>
  return (
    <View className='xq-mr-bars'>
      {items.map((i) => (
        <View key={i.label} className='xq-mr-bars__row'>
          <Text className='xq-mr-bars__label'>{i.label}</Text>
          <View className='xq-mr-bars__track'>
            <View className={cx('xq-mr-bars__fill', `xq-mr-tone--${i.tone ?? 'primary'}`)} style={{ width: barWidth(i.value, top) }} />
          </View>
          <Text className='xq-mr-bars__value'>{i.value}{i.hint ? <Text className='xq-mr-muted'> {i.hint}</Text> : null}</Text>
        </View>
      ))}
    </View>
  )
}

/** 堆叠条 + 图例（如 按时 / 迟报 / 未报） */
export function StackedBar({ parts }: { parts: BarItem[] }) {
  const total = parts.reduce((n, p) => n + p.value, 0)
  return (
    <View className='xq-mr-stack'>
      <View className='xq-mr-stack__bar'>
        {total === 0 ? <View className='xq-mr-stack__empty' /> : parts.filter((p) => p.value > 0).map((p) => (
          <View key={p.label} className={cx('xq-mr-stack__part', `xq-mr-tone--${p.tone ?? 'primary'}`)} style={{ width: `${(p.value / total) * 100}%` }} />
        ))}
      </View>
      <View className='xq-mr-legend'>
        {parts.map((p) => (
          <View key={p.label} className='xq-mr-legend__item'>
            <View className={cx('xq-mr-legend__dot', `xq-mr-tone--${p.tone ?? 'primary'}`)} />
            <Text>{p.label} {p.value}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

/** 数字磁贴 */
export function Stats({ items }: { items: Array<{ label: string; value: string | number; tone?: 'danger' | 'key' | 'success' }> }) {
  return (
    <View className='xq-mr-stats'>
      {items.map((s) => (
        <View key={s.label} className={cx('xq-mr-stats__item', s.tone && `xq-mr-stats__item--${s.tone}`)}>
          <Text className='xq-mr-stats__num'>{s.value}</Text>
          <Text className='xq-mr-stats__label'>{s.label}</Text>
        </View>
      ))}
    </View>
  )
}

/** 趋势：每个指标一行，本月（实色）与上月（浅色）两条并列；limit 行之后折叠 */
export function TrendBars({ rows: allRows, limit = 6 }: { rows: TrendRow[]; limit?: number }) {
  const [all, setAll] = useState(false)
  const rows = all ? allRows : allRows.slice(0, limit)
  return (
    <View className='xq-mr-trend'>
      <View className='xq-mr-legend'>
        <View className='xq-mr-legend__item'><View className='xq-mr-legend__dot xq-mr-tone--primary' /><Text>本月</Text></View>
        <View className='xq-mr-legend__item'><View className='xq-mr-legend__dot xq-mr-tone--muted' /><Text>上月</Text></View>
      </View>
      {rows.map((r) => {
        const top = Math.max(r.current ?? 0, r.previous ?? 0)
        return (
          <View key={r.key} className='xq-mr-trend__row'>
            <View className='xq-mr-trend__head'>
              <Text className='xq-mr-trend__label'>{r.label}</Text>
              <Text className='xq-mr-trend__value'>{trendValue(r, r.current)}</Text>
              <Text className='xq-mr-trend__delta'>上月 {trendValue(r, r.previous)}{deltaText(r) ? ` · ${deltaText(r)}` : ''}</Text>
            </View>
            <View className='xq-mr-trend__bar'><View className='xq-mr-bars__fill xq-mr-tone--primary' style={{ width: barWidth(r.current ?? 0, top) }} /></View>
            <View className='xq-mr-trend__bar'><View className='xq-mr-bars__fill xq-mr-tone--muted' style={{ width: barWidth(r.previous ?? 0, top) }} /></View>
          </View>
        )
      })}
      {allRows.length > limit && <Text className='xq-mr-more' onClick={() => setAll(!all)}>{all ? '收起' : `查看全部 ${allRows.length} 项指标`}</Text>}
    </View>
  )
}
