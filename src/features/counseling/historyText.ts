/** 重点关注条目的变更历史：每条变更一句中文（纯函数） */
import { KEYCARE_STATUS_LABELS, LEVEL_LABELS } from '../../../types/domain'
import { APPROVAL_KIND_LABELS, type KeyCareChange } from '../../../types/models-counseling'
import { REFERRAL_TO_TEXT } from './format'
import { dateText } from '../../shared/forms/dates'

const VALUE: Record<string, string> = { ...LEVEL_LABELS, ...REFERRAL_TO_TEXT, ...KEYCARE_STATUS_LABELS }
const v = (x?: string) => (x ? VALUE[x] ?? x : '')
const arrow = (from?: string, to?: string) => (from && to ? `${from} → ${to}` : to || from || '')

/** 例：“等级：重点关注 → 危机”“提交审批：等级变更”“下次跟进：10月28日 → 11月4日” */
export function historyText(h: { change: KeyCareChange; from?: string; to?: string }): string {
  switch (h.change) {
    case 'enter': return `加入库${h.to ? `：${v(h.to)}` : ''}`
    case 'level': return `等级：${arrow(v(h.from), v(h.to))}`
    case 'follow_up': return `下次跟进：${arrow(h.from ? dateText(h.from) : '', h.to ? dateText(h.to) : '')}`
    case 'categories': return `类别：${arrow(h.from, h.to)}`
    case 'refer': return `转介至${v(h.to)}`
    case 'close': return '解除关注'
    // 审批只说申请的是什么（from 是申请时的等级，不与种类连成“A → B”）
    case 'approval_requested': return `提交审批：${APPROVAL_KIND_LABELS[h.to as keyof typeof APPROVAL_KIND_LABELS] ?? ''}`
    case 'approval_rejected': return `审批未通过：${APPROVAL_KIND_LABELS[h.to as keyof typeof APPROVAL_KIND_LABELS] ?? ''}`
    case 'center_feedback': return '校心理中心反馈'
  }
}
