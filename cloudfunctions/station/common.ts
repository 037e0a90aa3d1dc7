/** station 函数内部共用：学年、日期范围、ISO 时刻。 */
import { schoolYearOf, shanghaiDate } from '../../domain/calendar'

export const iso = (d: Date | string | null | undefined): string | undefined => (d ? new Date(d).toISOString() : undefined)

/** 给定或当前（北京时间）所在学年 '2026-2027' */
export const yearOrCurrent = (schoolYear: string | undefined, now: Date): string => schoolYear ?? schoolYearOf(shanghaiDate(now))

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
