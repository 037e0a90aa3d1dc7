/** 周报相关的显示文案与色调（纯函数） */
import { formatMonthDay, inShanghai, type WeekSubmissionStatus } from '../../../domain/calendar'
import { BOARD_STATUS_LABELS, REPORT_KIND_LABELS, type BoardStatus, type ReportKind } from '../../../types/domain'
import type { TagTone } from '../../components'

export const BOARD_TONES: Record<BoardStatus, TagTone> = {
  missing: 'danger',
  late: 'key',
  zero: 'success',
  concern: 'general',
  reviewed: 'primary',
  returned: 'danger',
}

/** 看板状态文案；截止前未交显示“未报（截止前）” */
export function statusText(status: BoardStatus, submission?: WeekSubmissionStatus): string {
  if (status === 'missing' && submission === 'open') return '未报（截止前）'
  return BOARD_STATUS_LABELS[status]
}

export function statusTone(status: BoardStatus, submission?: WeekSubmissionStatus): TagTone {
  if (status === 'missing' && submission === 'open') return 'neutral'
  return BOARD_TONES[status]
}

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** 时刻 → '10月25日 周日 22:00'（北京时间） */
export function dueText(iso: string): string {
  const d = inShanghai(iso)
  return `${d.format('M月D日')} ${WEEKDAYS[d.day() === 0 ? 7 : d.day()]} ${d.format('HH:mm')}`
}

/** 时刻 → '10-25 22:00'（北京时间） */
export function timeText(iso: string): string {
  return inShanghai(iso).format('MM-DD HH:mm')
}

/** '第7周 · 10月19日起' */
export function weekText(week: number, monday?: string): string {
  return monday ? `第${week}周 · ${formatMonthDay(monday)}起` : `第${week}周`
}

export const kindText = (kind: ReportKind): string => REPORT_KIND_LABELS[kind]

/** 即时报告剩余确认时间文案 */
export function ackLeftText(deadlineIso: string, now = Date.now()): string {
  const left = Math.round((new Date(deadlineIso).getTime() - now) / 60_000)
  return left > 0 ? `${left} 分钟内须确认` : `已超时 ${-left} 分钟`
}
