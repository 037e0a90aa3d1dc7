/** 辅导员工作相关的显示文案与小工具（纯函数，不依赖 UI） */
import { inShanghai } from '../../../domain/calendar'
import type { KeyCareStatus, RollCallStatus } from '../../../types/domain'
import type { TagTone } from '../../components'

export const ROLLCALL_STATUS_TEXT: Record<RollCallStatus, string> = {
  unrecorded: '未记录', pending: '待确认', confirmed: '已确认', returned: '已退回',
}
export const ROLLCALL_STATUS_TONE: Record<RollCallStatus, TagTone> = {
  unrecorded: 'neutral', pending: 'primary', confirmed: 'success', returned: 'danger',
}
export const REVIEW_STATUS_TEXT = { pending: '待确认', confirmed: '已确认', returned: '已退回' } as const
export const REVIEW_STATUS_TONE: Record<'pending' | 'confirmed' | 'returned', TagTone> = {
  pending: 'primary', confirmed: 'success', returned: 'danger',
}
export const KEYCARE_STATUS_TONE: Record<KeyCareStatus, TagTone> = { active: 'primary', referred: 'neutral', closed: 'success' }
export const REFERRAL_TO_TEXT = { center: '校心理中心', hospital: '医院' } as const
export { TASK_SOURCE_LABELS as TASK_SOURCE_TEXT } from '../../../types/domain'

export { today, dateText } from '../../shared/forms/dates'

/** ISO 时刻 → “10月18日 21:00”（北京时间） */
export function whenText(iso: string): string {
  if (!iso) return ''
  return inShanghai(iso).format('M月D日 HH:mm')
}

/** 页面参数里的字符串（小程序会把参数编码） */
export function param(v: string | undefined): string | undefined {
  return v ? decodeURIComponent(v) : undefined
}
