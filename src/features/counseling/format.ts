/** 辅导员工作相关的显示文案与小工具（纯函数，不依赖 UI） */
import { inShanghai } from '../../../domain/calendar'
import type { KeyCareStatus, ReviewStatus, RollCallStatus } from '../../../types/domain'
import type { TagTone } from '../../components'

export const ROLLCALL_STATUS_TEXT: Record<RollCallStatus, string> = {
  unrecorded: '未记录', pending: '待确认', confirmed: '已确认', returned: '已退回',
}
export const ROLLCALL_STATUS_TONE: Record<RollCallStatus, TagTone> = {
  unrecorded: 'neutral', pending: 'primary', confirmed: 'success', returned: 'danger',
}
/** 朋辈谈心等审阅状态：晚点名状态去掉“未记录”，文字与色调同一份 */
export const REVIEW_STATUS_TEXT: Record<ReviewStatus, string> = ROLLCALL_STATUS_TEXT
export const REVIEW_STATUS_TONE: Record<ReviewStatus, TagTone> = ROLLCALL_STATUS_TONE
export const KEYCARE_STATUS_TONE: Record<KeyCareStatus, TagTone> = { active: 'primary', referred: 'neutral', closed: 'success' }
export const REFERRAL_TO_TEXT = { center: '校心理中心', hospital: '医院' } as const

/** ISO 时刻 → “10月18日 21:00”（北京时间） */
export function whenText(iso: string): string {
  if (!iso) return ''
  return inShanghai(iso).format('M月D日 HH:mm')
}

/** 页面参数里的字符串（小程序会把参数编码） */
export function param(v: string | undefined): string | undefined {
  return v ? decodeURIComponent(v) : undefined
}
