import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { TermPhase } from '../../../domain/calendar'
import { formatMonthDay } from '../../../domain/shanghai-format'
import './index.scss'

export interface TermPhaseNoticeProps {
  /** 学期阶段（来自 week.current / board.week 等） */
  phase?: TermPhase | null
  /** 站长：去设置下学期的入口 */
  action?: ReactNode
  /** 假期中时正文下方的补充说明，如“下面是上一学期最后一周的看板” */
  hint?: string
}

/** 假期提示文字：'假期中 · 下学期从 3月1日开始'（未设置下学期时只说假期中） */
export function termPhaseText(phase: TermPhase): { title: string; desc: string } {
  if (phase.kind === 'no_term') return { title: '尚未设置学期', desc: '站长设置学期后即可填报周报' }
  if (phase.kind === 'in_term') return { title: `第${phase.week}周`, desc: '' }
  const next = phase.nextStart ? `下学期从 ${formatMonthDay(phase.nextStart)}开始` : '下学期的开学日期尚未设置'
  return { title: '假期中', desc: `${phase.lastEnded ? `上学期已于 ${formatMonthDay(phase.lastEnded)}结束，` : ''}${next}` }
}

/** 假期中 / 未设置学期的提示条；学期中不渲染 */
export function TermPhaseNotice({ phase, action, hint }: TermPhaseNoticeProps) {
  if (!phase || phase.kind === 'in_term') return null
  const t = termPhaseText(phase)
  return (
    <View className='xq-term-phase' role='status'>
      <Text className='xq-term-phase__title'>{t.title}</Text>
      <Text className='xq-term-phase__desc'>{t.desc}</Text>
      {hint && <Text className='xq-term-phase__hint'>{hint}</Text>}
      {action && <View className='xq-term-phase__action'>{action}</View>}
    </View>
  )
}
