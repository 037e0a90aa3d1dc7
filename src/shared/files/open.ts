/**
 * 打开云函数给的文件（导出的 .xlsx / .docx、已上传材料的临时链接）：
 * 小程序下载到临时文件后用系统文档查看器打开（可转发、打印）；H5 直接用链接下载。
 */
import Taro from '@tarojs/taro'
import { showError, showSuccess } from '../../components/Toast'
import { withPrivacyConsent } from '../privacy/consent'

/** 临时链接与文件名（file.link、各导出动作的答复） */
export interface FileLink {
  filename: string
  url: string
}

/** downloaded = H5 已交给浏览器下载；opened = 小程序已在文档查看器中打开 */
export type OpenOutcome = { ok: true; how: 'downloaded' | 'opened' } | { ok: false; message: string }

/** H5：让浏览器下载一个地址（链接或 blob: 地址） */
export function downloadInBrowser(href: string, filename: string): void {
  const a = document.createElement('a')
  a.href = href
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
}

const viewerType = (filename: string): 'xlsx' | 'pdf' | 'docx' => {
  const ext = filename.split('.').pop()?.toLowerCase()
  return ext === 'xlsx' || ext === 'pdf' ? ext : 'docx'
}

/** 打开一个文件链接；永不抛出 */
export async function openFileLink({ filename, url }: FileLink): Promise<OpenOutcome> {
  if (process.env.TARO_ENV === 'h5') {
    downloadInBrowser(url, filename)
    return { ok: true, how: 'downloaded' }
  }
  try {
    const dl = await Taro.downloadFile({ url })
    if (dl.statusCode !== 200) return { ok: false, message: '下载文件失败，请稍后重试' }
    const opened = await withPrivacyConsent('openDocument', () => Taro.openDocument({ filePath: dl.tempFilePath, fileType: viewerType(filename), showMenu: true }))
    return opened.ok ? { ok: true, how: 'opened' } : { ok: false, message: opened.message }
  } catch {
    return { ok: false, message: '文件无法打开，请稍后重试' }
  }
}

/** 打开文件并提示：失败时弹出原因；H5 下载后提示 done（小程序已打开查看器，不再提示） */
export async function openAndTell(file: FileLink, done?: string): Promise<boolean> {
  const r = await openFileLink(file)
  if (!r.ok) showError(r.message)
  else if (r.how === 'downloaded' && done) showSuccess(done)
  return r.ok
}

/** 导出按钮：useAction(() => exportX(…), { onDone: openExported }) */
export const openExported = (file: FileLink): void => void openAndTell(file, '已导出')

/** 保存一段文本为文件（如名册模板 .csv）：H5 直接下载；小程序转发文件到聊天（可在电脑微信打开），失败时复制文本 */
export async function saveTextFile(filename: string, text: string, mime = 'text/csv;charset=utf-8'): Promise<'downloaded' | 'shared' | 'copied'> {
  if (process.env.TARO_ENV === 'h5') {
    const href = URL.createObjectURL(new Blob([text], { type: mime }))
    downloadInBrowser(href, filename)
    setTimeout(() => URL.revokeObjectURL(href), 1000)
    return 'downloaded'
  }
  try {
    const path = `${Taro.env.USER_DATA_PATH}/${filename}`
    Taro.getFileSystemManager().writeFileSync(path, text, 'utf8')
    await Taro.shareFileMessage({ filePath: path, fileName: filename })
    return 'shared'
  } catch {
    const copied = await withPrivacyConsent('setClipboardData', () => Taro.setClipboardData({ data: text }))
    if (!copied.ok) throw new Error(copied.message)
    return 'copied'
  }
}
