/** station 函数内部共用：学年、日期范围、ISO 时刻。 */
import { schoolYearOf, shanghaiDate } from '../../domain/calendar'
import type { DocxFile } from '../../types/api/station'
import { issueTempLink, storeGenerated } from '../_lib/files'

export const iso = (d: Date | string | null | undefined): string | undefined => (d ? new Date(d).toISOString() : undefined)

/** 给定或当前（北京时间）所在学年 '2026-2027' */
export const yearOrCurrent = (schoolYear: string | undefined, now: Date): string => schoolYear ?? schoolYearOf(shanghaiDate(now))

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** 生成的文件放进云存储（归属调用者），返回临时链接 */
export async function deliverFile(ctx: Parameters<typeof storeGenerated>[0], filename: string, mimeType: string, buf: Buffer): Promise<DocxFile> {
  const file = await storeGenerated(ctx, filename, buf)
  const link = await issueTempLink(ctx, file)
  return { filename, mimeType, bytes: buf.length, url: link.url, expiresAt: link.expiresAt }
}
