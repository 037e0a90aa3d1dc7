import { formatShanghaiDateTime, shanghaiDate } from '../../../domain/calendar'

/** 北京时间 'YYYY-MM-DD HH:mm' */
export const dateTime = (iso: string): string => formatShanghaiDateTime(iso)

/** 北京时间日期 */
export const day = (iso: string): string => shanghaiDate(new Date(iso))

/** 任期结束日（含当日）：库中存的是次日 00:00 */
export const termEndDay = (iso: string): string => shanghaiDate(new Date(new Date(iso).getTime() - 1))

export const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** 文件大小 */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
