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
  const { filename, url } = res.data
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = url
    a.download = filename
    a.setAttribute('data-testid', 'binder-download')
    document.body.appendChild(a)
    a.click()
    a.remove()
    return showSuccess('已导出')
  }
  try {
    const dl = await Taro.downloadFile({ url })
    if (dl.statusCode !== 200) return showError('下载文件失败，请稍后重试')
    const fileType = filename.endsWith('.xlsx') ? 'xlsx' : 'docx'
    const opened = await withPrivacyConsent('openDocument', () => Taro.openDocument({ filePath: dl.tempFilePath, fileType, showMenu: true }))
    if (!opened.ok) showError(opened.message)
  } catch {
    showError('文件已生成，但无法打开，请稍后重试')
  }
}
