/**
 * 证明材料：选文件（src/shared/files，用途 document）→ 经云存储上传（services/upload.ts）→ 交给 binder.attach。
 * 打开已上传的材料走 file.link 的临时链接。
 */
import type { Result } from '../../../types/result'
import { attachSlot } from '../../services/api/assessment'
import { fileLink } from '../../services/api/identity'
import { uploadFor } from '../../services/upload'
import { openAndTell, type PickedFile } from '../../shared/files'

/** 上传并挂到材料栏 */
export async function uploadToSlot(schoolYear: string, slot: string, doc: PickedFile): Promise<Result<{ filename: string }>> {
  const up = await uploadFor('document', doc.name, doc.file)
  if (!up.ok) return up
  return attachSlot({ schoolYear, slot, fileId: up.data.fileID })
}

/** 打开已上传的材料（临时链接）；取链接失败时答复错误，打开失败时已提示 */
export async function openAttached(fileId: string): Promise<Result<unknown>> {
  const r = await fileLink(fileId)
  if (r.ok) await openAndTell(r.data)
  return r
}
