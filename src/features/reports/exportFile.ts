/**
 * 导出月报：monthly.export 把 .xlsx 放进云存储并返回临时链接（10 分钟内有效）。
 * 小程序下载到临时文件后用系统文档查看器打开（可转发）；H5 直接用链接下载。
 */
import Taro from '@tarojs/taro'
import type { AppErrorBody } from '../../../types/result'
import { exportMonthly } from '../../services/api/reports'
import { withPrivacyConsent } from '../../shared/privacy'

export type ExportOutcome = { ok: true; filename: string } | { ok: false; error: AppErrorBody | string }

export async function exportMonthlyFile(month: string, stationId?: string): Promise<ExportOutcome> {
  const res = await exportMonthly({ month, ...(stationId ? { stationId } : {}) })
  if (!res.ok) return { ok: false, error: res.error }
  const { filename, url } = res.data
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = url
    a.download = filename
    a.setAttribute('data-testid', 'monthly-download')
    document.body.appendChild(a)
    a.click()
    a.remove()
    return { ok: true, filename }
  }
  try {
    const dl = await Taro.downloadFile({ url })
    if (dl.statusCode !== 200) return { ok: false, error: '下载文件失败，请稍后重试' }
    const opened = await withPrivacyConsent('openDocument', () => Taro.openDocument({ filePath: dl.tempFilePath, fileType: 'xlsx', showMenu: true }))
    if (!opened.ok) return { ok: false, error: opened.message }
    return { ok: true, filename }
  } catch {
    return { ok: false, error: '文件已生成，但无法打开，请稍后重试' }
  }
}
