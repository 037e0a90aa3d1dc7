/**
 * 选一个要上传的文件：小程序从微信聊天选择（chooseMessageFile，经隐私授权），H5 用 <input type=file> 给的文件。
 * 类型与大小按用途（types/files.ts 的 FILE_PURPOSES）预先检查；真正的检查在接收文件 id 的云函数里。
 */
import Taro from '@tarojs/taro'
import { FILE_PURPOSES, type UploadPurpose } from '../../../types/files'
import type { LocalFile } from '../../services/upload'
import { withPrivacyConsent } from '../privacy/consent'

export interface PickedFile {
  name: string
  size: number
  file: LocalFile
}

/** <input type=file> 的 accept（如 '.csv,.xlsx'） */
export const acceptOf = (purpose: UploadPurpose): string => FILE_PURPOSES[purpose].exts.map((e) => `.${e}`).join(',')

/** 不符合该用途时的提示；符合为 null */
function refusal(purpose: UploadPurpose, name: string, size: number): string | null {
  const { exts, maxBytes } = FILE_PURPOSES[purpose]
  const ext = name.split('.').pop()?.toLowerCase() ?? ''
  if (!(exts as readonly string[]).includes(ext)) return `请选择 ${exts.join(' / ')} 文件`
  if (size > maxBytes) return `文件不能超过 ${maxBytes / 1024 / 1024} MB`
  return null
}

/** 小程序：从会话中选择一个文件；null = 用户取消。未同意隐私授权、类型或大小不符时抛出带提示的错误 */
export async function chooseChatFile(purpose: UploadPurpose): Promise<PickedFile | null> {
  const res = await withPrivacyConsent('chooseMessageFile', () =>
    Taro.chooseMessageFile({ count: 1, type: 'file', extension: [...FILE_PURPOSES[purpose].exts] }))
  if (!res.ok) {
    if (res.reason === 'cancelled') return null
    throw new Error(res.message)
  }
  const f = res.value.tempFiles[0]
  if (!f) return null
  const bad = refusal(purpose, f.name, f.size)
  if (bad) throw new Error(bad)
  return { name: f.name, size: f.size, file: { kind: 'path', path: f.path } }
}

/** H5：浏览器文件直接作为上传内容；类型或大小不符时抛出带提示的错误 */
export function browserFile(purpose: UploadPurpose, file: File): PickedFile {
  const bad = refusal(purpose, file.name, file.size)
  if (bad) throw new Error(bad)
  return { name: file.name, size: file.size, file: { kind: 'blob', blob: file } }
}
