/**
 * 北京时间的显示格式：界面与导出里看到的日期时间都从这里格式化（domain/calendar.ts 原样再导出）。
 * 不依赖 dayjs：Asia/Shanghai 自 1991 年起固定为 UTC+8，按固定偏移拆出年月日时分即可，
 * 这样主包里的页面（首页问候、消息时间、假期提示）格式化日期时不必带上 dayjs（主包 400 KB 预算）。
 */

/** 北京时间相对 UTC 的分钟偏移（唯一的声明；calendar.ts 从这里取） */
export const SHANGHAI_OFFSET_MINUTES = 480
const OFFSET_MS = SHANGHAI_OFFSET_MINUTES * 60_000

export type InstantLike = Date | number | string

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const pad = (n: number) => String(n).padStart(2, '0')

/** 时刻在北京时间下的年、月、日、时、分、周几（1=周一 … 7=周日） */
export function shanghaiParts(instant: InstantLike): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  const t = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : new Date(instant).getTime()
  const d = new Date(t + OFFSET_MS)
  const wd = d.getUTCDay()
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), weekday: wd === 0 ? 7 : wd }
}

/** 'YYYY-MM-DD' 日期串 → 该日北京时间 00:00 的各部分 */
function partsOf(value: InstantLike) {
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    const [y, m, d] = value.split('-').map(Number)
    return shanghaiParts(Date.UTC(y, m - 1, d) - OFFSET_MS)
  }
  return shanghaiParts(value)
}

const empty = (v: unknown) => v === null || v === undefined || v === ''

/** 北京时间 'YYYY-MM-DD HH:mm'（导出、审计日志等）；空值为 '' */
export function formatShanghaiDateTime(instant: InstantLike | null | undefined): string {
  if (empty(instant)) return ''
  const p = shanghaiParts(instant as InstantLike)
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`
}

/** 北京时间 'YYYY-MM-DD'；'YYYY-MM-DD' 日期串原样返回；空值为 '' */
export function formatShanghaiDate(value: InstantLike | null | undefined): string {
  if (empty(value)) return ''
  if (typeof value === 'string' && DATE_ONLY.test(value)) return value
  const p = shanghaiParts(value as InstantLike)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`
}

/** 北京时间 'M月D日 HH:mm'（消息、时间线） */
export function formatMonthDayTime(instant: InstantLike): string {
  const p = shanghaiParts(instant)
  return `${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}`
}

/** 'M月D日'：'YYYY-MM-DD' 日期串按日历日，时刻按北京时间 */
export function formatMonthDay(value: InstantLike): string {
  const p = partsOf(value)
  return `${p.month}月${p.day}日`
}

/** 北京时间的小时（0–23），如首页问候语 */
export function shanghaiHour(instant: InstantLike): number {
  return shanghaiParts(instant).hour
}
