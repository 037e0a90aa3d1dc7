/** 表单里的日期：今天（北京时间）与“10月18日”式的简短写法 */
import { shanghaiDate } from '../../../domain/calendar'

/** 北京时间的今天 'YYYY-MM-DD' */
export const today = (): string => shanghaiDate(new Date())

/** 'YYYY-MM-DD' → “10月18日” */
export function dateText(date: string | null | undefined): string {
  if (!date) return '—'
  const [, m, d] = date.split('-').map(Number)
  return `${m}月${d}日`
}
