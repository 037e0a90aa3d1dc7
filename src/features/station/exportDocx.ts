/**
 * 导出 .docx（站长登记表、工作总结）：函数把文件放进云存储并返回临时链接。
 * 小程序下载后用系统文档查看器打开（可转发、打印）；H5 直接用链接下载。
 */
import Taro from '@tarojs/taro'
import type { DocxFile } from '../../../types/api/station'
import type { Result } from '../../../types/result'
import { showError, showSuccess } from '../../components'
import { withPrivacyConsent } from '../../shared/privacy'

export async function openDocx(res: Result<DocxFile>): Promise<void> {
  if (!res.ok) return showError(res.error)
  const { filename, url } = res.data
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = url
    a.download = filename
    a.setAttribute('data-testid', 'docx-download')
    document.body.appendChild(a)
    a.click()
    a.remove()
    return showSuccess('已导出')
  }
  try {
    const dl = await Taro.downloadFile({ url })
    if (dl.statusCode !== 200) return showError('下载文件失败，请稍后重试')
    const opened = await withPrivacyConsent('openDocument', () => Taro.openDocument({ filePath: dl.tempFilePath, fileType: 'docx', showMenu: true }))
    if (!opened.ok) showError(opened.message)
  } catch {
    showError('文件已生成，但无法打开，请稍后重试')
  }
}
