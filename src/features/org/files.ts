/** 名册文件：小程序从聊天记录选择（chooseMessageFile），H5 用 <input type=file>；经云存储上传（services/upload.ts） */
import Taro from '@tarojs/taro'
import { MAX_ROSTER_BYTES } from '../../../types/api/identity'
import type { LocalFile } from '../../services/upload'
import { withPrivacyConsent } from '../../shared/privacy'

export interface PickedFile {
  name: string
  size: number
  file: LocalFile
}

export const ACCEPT = ['csv', 'xlsx']
export const TOO_BIG = `文件不能超过 ${MAX_ROSTER_BYTES / 1024 / 1024} MB`

/** 小程序：从会话中选择文件；null = 用户取消。未同意隐私授权、文件过大时抛出带提示的错误 */
export async function chooseWeappFile(): Promise<PickedFile | null> {
  const res = await withPrivacyConsent('chooseMessageFile', () => Taro.chooseMessageFile({ count: 1, type: 'file', extension: ACCEPT }))
  if (!res.ok) {
    if (res.reason === 'cancelled') return null
    throw new Error(res.message)
  }
  const f = res.value.tempFiles[0]
  if (!f) return null
  if (f.size > MAX_ROSTER_BYTES) throw new Error(TOO_BIG)
  return { name: f.name, size: f.size, file: { kind: 'path', path: f.path } }
}

/** H5：浏览器文件直接作为上传内容 */
export function readBrowserFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_ROSTER_BYTES) return Promise.reject(new Error(TOO_BIG))
  return Promise.resolve({ name: file.name, size: file.size, file: { kind: 'blob', blob: file } })
}

/** 保存模板：H5 直接下载；小程序转发文件到聊天（可在电脑微信打开），失败时复制文本 */
export async function saveTemplate(filename: string, csv: string): Promise<'downloaded' | 'shared' | 'copied'> {
  if (process.env.TARO_ENV === 'h5') {
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' })
    const a = document.createElement('a')
    a.href = URL.createObjectURL(blob)
    a.download = filename
    a.click()
    setTimeout(() => URL.revokeObjectURL(a.href), 1000)
    return 'downloaded'
  }
  try {
    const path = `${Taro.env.USER_DATA_PATH}/${filename}`
    Taro.getFileSystemManager().writeFileSync(path, csv, 'utf8')
    await Taro.shareFileMessage({ filePath: path, fileName: filename })
    return 'shared'
  } catch {
    const copied = await withPrivacyConsent('setClipboardData', () => Taro.setClipboardData({ data: csv }))
    if (!copied.ok) throw new Error(copied.message)
    return 'copied'
  }
}
