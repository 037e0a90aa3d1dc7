/**
 * file.prepare / file.link：云存储上传的第一步与已接收文件的临时链接（规则在 _lib/files.ts）。
 * 接收文件的是各自的功能动作（如 roster.import），它们交回文件 id 时才检查类型与大小。
 */
import { identitySchemas } from '../../types/api/identity'
import type { TempLink } from '../../types/files'
import { issueTempLink, reserveUpload } from '../_lib/files'
import { defineAction } from '../_lib/handler'

export const filePrepare = defineAction({
  schema: identitySchemas['file.prepare'],
  access: ['committee', 'observer', 'counselor', 'head'],
  run: ({ db, caller, now, audit }, input) => reserveUpload({ db, caller, now, audit }, input.purpose, input.filename),
})

export const fileLink = defineAction({
  schema: identitySchemas['file.link'],
  access: ['committee', 'observer', 'counselor', 'head', 'center'],
  run: ({ db, caller, now, audit }, input): Promise<TempLink> => issueTempLink({ db, caller, now, audit }, input.fileId),
})
