/** 考核手册页面共用：材料栏列表、导出文件的打开 */
import Taro from '@tarojs/taro'
import type { BinderExportResult, BinderView } from '../../../types/api/assessment'
import type { Result } from '../../../types/result'
import { showError, showSuccess } from '../../components'
import { withPrivacyConsent } from '../../shared/privacy/consent'

export const allSlotsOf = (v: BinderView): Array<{ key: string; label: string }> =>
  v.table.items.flatMap((i) => i.points.flatMap((p) => p.slots))

/** 导出：小程序下载后用系统文档查看器打开（.xlsx 或 .docx）；H5 直接用链接下载 */
export async function openExport(res: Result<BinderExportResult>): Promise<void> {
  if (!res.ok) return showError(res.error)
  return openLink(res.data, '已导出')
}

/** 打开一个临时链接（导出文件或已上传的证明材料）：小程序下载后用系统文档查看器打开；H5 直接用链接下载 */
export async function openLink({ filename, url }: { filename: string; url: string }, done?: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = url
    a.download = filename
    a.setAttribute('data-testid', 'binder-download')
    document.body.appendChild(a)
    a.click()
    a.remove()
    if (done) showSuccess(done)
    return
  }
  try {
    const dl = await Taro.downloadFile({ url })
    if (dl.statusCode !== 200) return showError('下载文件失败，请稍后重试')
    const ext = filename.split('.').pop()?.toLowerCase()
    const fileType = ext === 'xlsx' || ext === 'pdf' ? ext : 'docx'
    const opened = await withPrivacyConsent('openDocument', () => Taro.openDocument({ filePath: dl.tempFilePath, fileType, showMenu: true }))
    if (!opened.ok) showError(opened.message)
  } catch {
    showError('文件无法打开，请稍后重试')
  }
}
