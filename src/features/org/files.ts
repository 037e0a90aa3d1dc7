/** 名册文件：小程序从聊天记录选择（chooseMessageFile），H5 用 <input type=file>；都转成 base64 上传 */
import Taro from '@tarojs/taro'
import { MAX_ROSTER_BYTES } from '../../../types/api/identity'

export interface PickedFile {
  name: string
  size: number
  base64: string
}

export const ACCEPT = ['csv', 'xlsx']
export const TOO_BIG = `文件不能超过 ${MAX_ROSTER_BYTES / 1024 / 1024} MB`

/** 小程序：从会话中选择文件 */
export async function chooseWeappFile(): Promise<PickedFile | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ACCEPT })
    const f = res.tempFiles[0]
    if (!f) return null
    if (f.size > MAX_ROSTER_BYTES) throw new Error(TOO_BIG)
    const base64 = Taro.getFileSystemManager().readFileSync(f.path, 'base64') as string
    return { name: f.name, size: f.size, base64 }
  } catch (e) {
    if (e instanceof Error && e.message === TOO_BIG) throw e
    return null // 用户取消
  }
}

/** H5：File → base64 */
export function readBrowserFile(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    if (file.size > MAX_ROSTER_BYTES) {
      reject(new Error(TOO_BIG))
      return
    }
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result ?? '')
      resolve({ name: file.name, size: file.size, base64: url.slice(url.indexOf(',') + 1) })
    }
    reader.onerror = () => reject(new Error('读取文件失败'))
    reader.readAsDataURL(file)
  })
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
    await Taro.setClipboardData({ data: csv })
    return 'copied'
  }
}
