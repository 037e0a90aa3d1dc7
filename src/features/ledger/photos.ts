/** 活动照片与签到表：小程序用 chooseMedia（经隐私授权），H5 用 <input type=file>；经云存储上传（services/upload.ts） */
import Taro from '@tarojs/taro'
import { FILE_PURPOSES } from '../../../types/files'
import type { Result } from '../../../types/result'
import { uploadFor, type LocalFile } from '../../services/upload'
import { withPrivacyConsent } from '../../shared/privacy'

export interface PickedPhoto {
  name: string
  size: number
  file: LocalFile
}

export const MAX_PHOTOS = 9
export const MAX_BYTES = FILE_PURPOSES.activity.maxBytes

/** 小程序：从相册或相机选择图片；取消为空数组 */
export async function chooseWeappPhotos(count: number): Promise<PickedPhoto[]> {
  const res = await withPrivacyConsent('chooseMedia', () => Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'] }))
  if (!res.ok) {
    if (res.reason === 'cancelled') return []
    throw new Error(res.message)
  }
  return res.value.tempFiles.map((f, i) => ({ name: `photo${i + 1}.${f.tempFilePath.split('.').pop() ?? 'jpg'}`, size: f.size, file: { kind: 'path', path: f.tempFilePath } }))
}

export const fromBrowser = (files: FileList | null): PickedPhoto[] =>
  Array.from(files ?? []).map((f: File) => ({ name: f.name, size: f.size, file: { kind: 'blob', blob: f } }))

/** 逐个上传，返回文件 id；任何一个失败即返回错误（服务端会丢弃这次的全部文件） */
export async function uploadAll(photos: PickedPhoto[]): Promise<Result<string[]>> {
  const ids: string[] = []
  for (const p of photos) {
    const r = await uploadFor('activity', p.name, p.file)
    if (!r.ok) return r
    ids.push(r.data.fileID)
  }
  return { ok: true, data: ids }
}
