/**
 * 导出月报：monthly.export 把 .xlsx 放进云存储并返回临时链接（10 分钟内有效），
 * 由 src/shared/files 打开（小程序用文档查看器，H5 直接下载）。
 */
import type { AppErrorBody } from '../../../types/result'
import { exportMonthly } from '../../services/api/reports'
import { openFileLink } from '../../shared/files'

export type ExportOutcome = { ok: true; filename: string } | { ok: false; error: AppErrorBody | string }

export async function exportMonthlyFile(month: string, stationId?: string): Promise<ExportOutcome> {
  const res = await exportMonthly({ month, ...(stationId ? { stationId } : {}) })
  if (!res.ok) return { ok: false, error: res.error }
  const opened = await openFileLink(res.data)
  return opened.ok ? { ok: true, filename: res.data.filename } : { ok: false, error: opened.message }
}
