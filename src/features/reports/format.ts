/** 月报页面的显示文案与小工具（纯函数，不依赖 UI） */
import { inShanghai, nextMonth, previousMonth, shanghaiMonth } from '../../../domain/calendar'
import type { MonthlyStatus } from '../../../types/domain'
import type { TagTone } from '../../components'
import type { Ratio, TrendRow } from '../../../types/models-reports'

export const STATUS_TEXT: Record<MonthlyStatus, string> = { none: '未生成', draft: '草稿', submitted: '已提交', returned: '已退回' }
export const STATUS_TONE: Record<MonthlyStatus, TagTone> = { none: 'neutral', draft: 'primary', submitted: 'success', returned: 'danger' }

/** 最近一个已结束的月份（北京时间）：上个月 */
export const lastFinishedMonth = (now = new Date()): string => previousMonth(shanghaiMonth(now))

/** 月份前后翻：不能翻到未结束的月份 */
export function stepMonth(month: string, delta: -1 | 1, now = new Date()): string | null {
  const next = delta < 0 ? previousMonth(month) : nextMonth(month)
  return next > lastFinishedMonth(now) ? null : next
}

/** '2026-10' → “2026年10月” */
export function monthText(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return `${y}年${m}月`
}

/** 比率 → “83.3%”；null → “—” */
export function pct(r: Ratio | undefined): string {
  if (r === null || r === undefined) return '—'
  return `${(Math.round(r * 1000) / 10).toFixed(1)}%`
}

/** 趋势行的值 */
export function trendValue(row: Pick<TrendRow, 'unit'>, v: number | null): string {
  if (v === null) return '—'
  if (row.unit === 'ratio') return pct(v)
  if (row.unit === 'minutes') return `${v} 分钟`
  return String(v)
}

/** 本月相对上月的变化文字：“↑ 3” / “↓ 2.5 个百分点” / “持平” */
export function deltaText(row: TrendRow): string {
  if (row.current === null || row.previous === null) return ''
  const d = row.current - row.previous
  if (Math.abs(d) < 1e-9) return '持平'
  const arrow = d > 0 ? '↑' : '↓'
  if (row.unit === 'ratio') return `${arrow} ${Math.abs(Math.round(d * 1000) / 10)} 个百分点`
  return `${arrow} ${Math.abs(Math.round(d * 10) / 10)}`
}

/** ISO 时刻 → “11月1日 02:00”（北京时间） */
export function whenText(iso: string | null | undefined): string {
  return iso ? inShanghai(iso).format('M月D日 HH:mm') : ''
}

/** 条形图宽度（百分比，至少 2% 以便看见非零值） */
export function barWidth(value: number, max: number): string {
  if (max <= 0 || value <= 0) return '0%'
  return `${Math.max(2, Math.round((value / max) * 100))}%`
}

/** 提交记录：各版提交与中心退回按先后排成一列（第1版 → 第1版被退回 → 第2版 …） */
export function historyOf(v: {
  versions: { version: number; submittedAt: string; submittedByName: string }[]
  returns: { version: number; at: string; byName: string; comment: string }[]
}): { key: string; returned: boolean; text: string }[] {
  const rows = [
    ...v.versions.map((x) => ({ key: `v${x.version}`, returned: false, text: `第${x.version}版 · ${whenText(x.submittedAt)} · ${x.submittedByName}` })),
    ...v.returns.map((r) => ({ key: `r${r.version}`, returned: true, text: `第${r.version}版被退回 · ${whenText(r.at)} · ${r.byName}：${r.comment}` })),
  ]
  // 第N版的退回一定在第N版提交之后、第N+1版提交之前（同一时刻的记录也按这个顺序）
  const order = (r: { key: string }) => Number(r.key.slice(1)) * 2 + (r.key.startsWith('r') ? 1 : 0)
  return rows.sort((a, b) => order(a) - order(b))
}
