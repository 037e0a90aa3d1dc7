/**
 * 上传一个文件供某个用途使用：file.prepare 预留路径 → 平台上传（storage.weapp.ts / storage.h5.ts）→ 文件 id。
 * 拿到的文件 id 交给接收它的动作（如 roster.import），由那个云函数检查类型与大小。永不抛出。
 */
import type { UploadPurpose } from '../../types/files'
import type { Result } from '../../types/result'
import { prepareUpload } from './api/identity'
import { uploadFile } from './storage'
import type { LocalFile } from './upload-types'

export type { LocalFile } from './upload-types'

export async function uploadFor(purpose: UploadPurpose, filename: string, file: LocalFile): Promise<Result<{ fileID: string }>> {
  const slot = await prepareUpload({ purpose, filename })
  if (!slot.ok) return slot
  return uploadFile(slot.data.cloudPath, file)
}
