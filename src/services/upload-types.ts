import type { Result } from '../../types/result'

/** 待上传的本地文件：小程序为临时文件路径，H5 为浏览器的 Blob/File */
export type LocalFile = { kind: 'path'; path: string } | { kind: 'blob'; blob: Blob }

/** 平台上传：把文件放到 cloudPath，返回文件 id。永不抛出 */
export type Uploader = (cloudPath: string, file: LocalFile) => Promise<Result<{ fileID: string }>>
