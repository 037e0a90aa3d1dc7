/**
 * 缺失材料 → 补齐它的页面（一键直达）。页面键见 types/assessment.ts 的 EVIDENCE_TARGETS；参数原样带进查询串。
 */
import type { EvidenceTarget, MissingEvidence } from '../../../types/assessment'
import { rolePageUrl } from '../../routes'

/** 站长分包内的页面；documents 指回考核手册本页的材料栏 */
export const TARGET_PAGES: Record<EvidenceTarget, string> = {
  documents: 'pages/binder/index',
  activities: 'pages/activities/index',
  trainings: 'pages/trainings/index',
  screening: 'pages/screening/index',
  monthly: 'pages/monthly/index',
  alerts: 'pages/alerts/index',
  keycare: 'pages/keycare/index',
  talks: 'pages/talks/index',
  peer_talks: 'pages/talks/index',
  plan: 'pages/plan/index',
  summary: 'pages/summary/index',
  staff: 'pages/staff/index',
  invites: 'pages/invites/index',
  handover: 'pages/people/index',
}

export function evidenceUrl(target: MissingEvidence['target']): string {
  const base = rolePageUrl('head', TARGET_PAGES[target.page])
  const q = Object.entries(target.params ?? {}).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')
  return q ? `${base}?${q}` : base
}

/** 分数的显示：整数不带小数，半分带 .5 */
export const scoreText = (n: number | null | undefined): string => (n == null ? '—' : String(n))

/** 自评分输入：0..max 的 0.5 分步长；不合格返回中文提示 */
export function parseScore(text: string, max: number): { ok: true; score: number } | { ok: false; message: string } {
  const n = Number(text.trim())
  if (!text.trim() || !Number.isFinite(n)) return { ok: false, message: '请填写分数' }
  if (n < 0 || n > max) return { ok: false, message: `分数须在 0 到 ${max} 之间` }
  if (Math.round(n * 2) !== n * 2) return { ok: false, message: '分数以 0.5 分为单位' }
  return { ok: true, score: n }
}
