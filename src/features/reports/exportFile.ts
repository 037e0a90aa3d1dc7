/**
 * 导出月报：调用 monthly.export 拿到 .xlsx（base64），
 * 小程序写入用户目录后用系统文档查看器打开（可转发）；H5 用 Blob 链接下载。
 */
import Taro from '@tarojs/taro'
import type { AppErrorBody } from '../../../types/result'
import { exportMonthly } from '../../services/api/reports'

export type ExportOutcome = { ok: true; filename: string } | { ok: false; error: AppErrorBody | string }

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

export async function exportMonthlyFile(month: string, stationId?: string): Promise<ExportOutcome> {
  const res = await exportMonthly({ month, ...(stationId ? { stationId } : {}) })
  if (!res.ok) return { ok: false, error: res.error }
  const { filename, base64, mimeType } = res.data
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([base64ToBytes(base64) as BlobPart], { type: mimeType }))
    const a = document.createElement('a')
    a.href = url
    a.download = filename
    a.setAttribute('data-testid', 'monthly-download')
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 5000)
    return { ok: true, filename }
  }
  try {
    const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`
    Taro.getFileSystemManager().writeFileSync(filePath, base64, 'base64')
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
    return { ok: true, filename }
  } catch {
    return { ok: false, error: '文件已生成，但无法打开，请稍后重试' }
  }
}
