/**
 * 证明材料上传：小程序从微信聊天选择文件（经隐私授权），H5 用 <input type=file>；
 * 经云存储上传（services/upload.ts，用途 document）后交给 binder.attach。打开已上传的材料走 file.link 的临时链接。
 */
import Taro from '@tarojs/taro'
import { FILE_PURPOSES } from '../../../types/files'
import type { Result } from '../../../types/result'
import { attachSlot } from '../../services/api/assessment'
import { fileLink } from '../../services/api/identity'
import { uploadFor, type LocalFile } from '../../services/upload'
import { withPrivacyConsent } from '../../shared/privacy'
import { openLink } from './shared'

export interface PickedDoc {
  name: string
  size: number
  file: LocalFile
}

export const DOC_EXTS: readonly string[] = FILE_PURPOSES.document.exts
export const DOC_ACCEPT = DOC_EXTS.map((e) => `.${e}`).join(',')
const MAX = FILE_PURPOSES.document.maxBytes
const TOO_BIG = `文件不能超过 ${MAX / 1024 / 1024} MB`

function checked(name: string, size: number): string | null {
  const ext = name.split('.').pop()?.toLowerCase() ?? ''
  if (!DOC_EXTS.includes(ext)) return `请选择 ${DOC_EXTS.join(' / ')} 文件`
  if (size > MAX) return TOO_BIG
  return null
}

/** 小程序：从会话中选择一个文件；null = 取消。未同意隐私授权、类型或大小不符时抛出带提示的错误 */
export async function chooseWeappDoc(): Promise<PickedDoc | null> {
  const res = await withPrivacyConsent('chooseMessageFile', () => Taro.chooseMessageFile({ count: 1, type: 'file', extension: [...DOC_EXTS] }))
  if (!res.ok) {
    if (res.reason === 'cancelled') return null
    throw new Error(res.message)
  }
  const f = res.value.tempFiles[0]
  if (!f) return null
  const bad = checked(f.name, f.size)
  if (bad) throw new Error(bad)
  return { name: f.name, size: f.size, file: { kind: 'path', path: f.path } }
}

/** H5：浏览器文件直接作为上传内容 */
export function browserDoc(file: File): PickedDoc {
  const bad = checked(file.name, file.size)
  if (bad) throw new Error(bad)
  return { name: file.name, size: file.size, file: { kind: 'blob', blob: file } }
}

/** 上传并挂到材料栏 */
export async function uploadToSlot(schoolYear: string, slot: string, doc: PickedDoc): Promise<Result<{ filename: string }>> {
  const up = await uploadFor('document', doc.name, doc.file)
  if (!up.ok) return up
  return attachSlot({ schoolYear, slot, fileId: up.data.fileID })
}

/** 打开已上传的材料（临时链接） */
export async function openAttached(fileId: string): Promise<Result<unknown>> {
  const r = await fileLink(fileId)
  if (r.ok) await openLink(r.data)
  return r
}
