/**
 * 云存储上的文件：预留上传路径 → 客户端上传（小程序 wx.cloud.uploadFile / H5 本地网关）→ 接收文件 id 的云函数
 * 用 acceptUpload 检查（本人为此用途预留的、类型、大小）→ 记为 accepted。读取一律经临时链接（issueTempLink），
 * 谁能读由 _lib/access 的 fileReadable 决定；存储的安全规则不让客户端读任何文件。
 * 云函数生成的文件（导出）用 storeGenerated 放进存储，再发临时链接。被拒绝的上传连同记录一起删除，什么都不留。
 */
import crypto from 'crypto'
import { FILE_PURPOSES, type FileDoc, type FilePurpose, type TempLink, type UploadPurpose } from '../../types/files'
import type { ActionContext } from './handler'
import { fileReadable, type Caller } from './access'
import { COLLECTIONS } from './collections'
import { getById, unwrap } from './dbops'
import { AppError, notFound } from './errors'
import { cloud, type Database } from './sdk'

type Ctx = Pick<ActionContext, 'db' | 'now' | 'audit'> & { caller: Caller }

/** 临时链接默认有效期（秒） */
export const LINK_MAX_AGE_S = 600

const MB = 1024 * 1024

export function extOf(filename: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(filename.trim())
  return m ? m[1].toLowerCase() : ''
}

/** 文件内容与扩展名是否相符（看文件头；CSV 要求是文本） */
export function contentMatches(ext: string, buf: Buffer): boolean {
  const head = (bytes: number[]) => bytes.every((b, i) => buf[i] === b)
  switch (ext) {
    case 'xlsx':
    case 'docx':
      return head([0x50, 0x4b, 0x03, 0x04])
    case 'pdf':
      return head([0x25, 0x50, 0x44, 0x46])
    case 'jpg':
    case 'jpeg':
      return head([0xff, 0xd8, 0xff])
    case 'png':
      return head([0x89, 0x50, 0x4e, 0x47])
    case 'webp':
      return head([0x52, 0x49, 0x46, 0x46]) && buf.subarray(8, 12).toString('latin1') === 'WEBP'
    case 'csv':
      return !buf.subarray(0, 8192).includes(0)
    default:
      return false
  }
}

function typeError(purpose: FilePurpose): AppError {
  const rule = FILE_PURPOSES[purpose]
  return new AppError('FILE.WRONG_TYPE', `${rule.label}只支持 ${rule.exts.map((e) => `.${e}`).join('、')} 格式`)
}

function sizeError(purpose: FilePurpose): AppError {
  const rule = FILE_PURPOSES[purpose]
  return new AppError('FILE.TOO_LARGE', `${rule.label}文件不能超过 ${rule.maxBytes / MB} MB`)
}

const cloudPathOf = (fileID: string) => fileID.replace(/^cloud:\/\/[^/]+\//, '')

/**
 * 为一次上传预留路径：uploads/<用途>/<随机 id>/file.<扩展名>。路径由服务端生成、不可猜，
 * 记录归属（本人、本站）与用途；之后只有本人能以此用途交回这个文件 id。
 */
export async function reserveUpload(ctx: Ctx, purpose: UploadPurpose, filename: string): Promise<{ cloudPath: string; maxBytes: number; exts: readonly string[] }> {
  const rule = FILE_PURPOSES[purpose]
  if (!(rule.uploaders as readonly string[]).includes(ctx.caller.role)) throw new AppError('AUTH.FORBIDDEN')
  const ext = extOf(filename)
  if (!(rule.exts as readonly string[]).includes(ext)) throw typeError(purpose)
  const id = crypto.randomBytes(12).toString('hex')
  const cloudPath = `uploads/${purpose}/${id}/file.${ext}`
  const doc: FileDoc = {
    _id: id, purpose, status: 'pending', cloudPath, filename: filename.trim(),
    ownerId: ctx.caller.person._id, stationId: ctx.caller.stationId, createdAt: ctx.now,
  }
  unwrap(await ctx.db.collection(COLLECTIONS.files).add(doc))
  return { cloudPath, maxBytes: rule.maxBytes, exts: rule.exts }
}

/** 删除存储里的文件与它的记录（拒绝的上传、用完即弃的名册） */
export async function discardFile(db: Database, file: Pick<FileDoc, '_id'> & { fileID?: string }): Promise<void> {
  if (file.fileID) await cloud().deleteFile({ fileList: [file.fileID] })
  unwrap(await db.collection(COLLECTIONS.files).doc(file._id).remove())
}

/**
 * 接收调用者交回的文件 id：必须是本人为此用途预留、尚未用过的上传（否则 FILE.NOT_YOURS，别人的文件原样不动）；
 * 然后读出内容检查大小与类型（FILE.EMPTY / FILE.TOO_LARGE / FILE.WRONG_TYPE，文件与记录都删掉）。
 */
export async function acceptUpload(ctx: Ctx, purpose: UploadPurpose, fileID: string): Promise<{ file: FileDoc; content: Buffer }> {
  const parts = cloudPathOf(fileID).split('/')
  const doc = parts[0] === 'uploads' && parts.length === 4 ? await getById<FileDoc>(ctx.db, COLLECTIONS.files, parts[2]) : null
  if (!doc || doc.status !== 'pending' || doc.purpose !== purpose || doc.ownerId !== ctx.caller.person._id || doc.cloudPath !== cloudPathOf(fileID)) {
    throw new AppError('FILE.NOT_YOURS')
  }
  let content: Buffer
  try {
    content = (await cloud().downloadFile({ fileID })).fileContent as Buffer
  } catch (e) {
    if ((e as { code?: string }).code === 'STORAGE_FILE_NONEXIST') {
      await discardFile(ctx.db, doc)
      throw new AppError('FILE.NOT_YOURS')
    }
    throw e
  }
  const rule = FILE_PURPOSES[purpose]
  const problem = content.length === 0 ? new AppError('FILE.EMPTY')
    : content.length > rule.maxBytes ? sizeError(purpose)
      : !contentMatches(extOf(doc.cloudPath), content) ? typeError(purpose)
        : null
  if (problem) {
    await discardFile(ctx.db, { _id: doc._id, fileID })
    throw problem
  }
  const accepted: FileDoc = { ...doc, status: 'accepted', fileID, bytes: content.length, acceptedAt: ctx.now }
  unwrap(await ctx.db.collection(COLLECTIONS.files).doc(doc._id).update({ status: 'accepted', fileID, bytes: content.length, acceptedAt: ctx.now }))
  await ctx.audit(`files.accept.${purpose}`, [doc._id])
  return { file: accepted, content }
}

/** 云函数生成的文件（导出）放进存储，归属调用者与其站点 */
export async function storeGenerated(ctx: Ctx, filename: string, content: Buffer): Promise<FileDoc> {
  const id = crypto.randomBytes(12).toString('hex')
  const ext = extOf(filename)
  const cloudPath = `exports/${id}/file.${ext}`
  const { fileID } = await cloud().uploadFile({ cloudPath, fileContent: content })
  const doc: FileDoc = {
    _id: id, purpose: 'export', status: 'accepted', cloudPath, fileID, filename, ownerId: ctx.caller.person._id,
    stationId: ctx.caller.stationId, bytes: content.length, createdAt: ctx.now, acceptedAt: ctx.now,
  }
  unwrap(await ctx.db.collection(COLLECTIONS.files).add(doc))
  return doc
}

/** 给有权读取的调用者发临时链接（默认 10 分钟）；无权与不存在一样是 NOT_FOUND。写审计。 */
export async function issueTempLink(ctx: Ctx, file: FileDoc | string, maxAgeS = LINK_MAX_AGE_S): Promise<TempLink> {
  const doc = typeof file === 'string' ? await getById<FileDoc>(ctx.db, COLLECTIONS.files, file) : file
  if (!doc || !doc.fileID || !fileReadable(ctx.caller, doc)) throw notFound()
  const res = await cloud().getTempFileURL({ fileList: [{ fileID: doc.fileID, maxAge: maxAgeS }] })
  const item = res.fileList?.[0]
  if (!item || item.code !== 'SUCCESS') throw notFound()
  await ctx.audit('files.link', [doc._id])
  return { url: item.tempFileURL, filename: doc.filename, expiresAt: new Date(ctx.now.getTime() + maxAgeS * 1000).toISOString() }
}

/**
 * 丢弃调用者为某用途预留、尚未被接收的上传（一次提交里有文件被拒时，其余文件也不留）。
 * 不是本人的、已接收的、格式不对的 id 一律不动。
 */
export async function discardPendingUploads(ctx: Ctx, purpose: UploadPurpose, fileIDs: readonly string[]): Promise<void> {
  for (const fileID of fileIDs) {
    const parts = cloudPathOf(fileID).split('/')
    if (parts[0] !== 'uploads' || parts.length !== 4) continue
    const doc = await getById<FileDoc>(ctx.db, COLLECTIONS.files, parts[2])
    if (!doc || doc.status !== 'pending' || doc.purpose !== purpose || doc.ownerId !== ctx.caller.person._id || doc.cloudPath !== cloudPathOf(fileID)) continue
    try {
      await discardFile(ctx.db, { _id: doc._id, fileID })
    } catch {
      // 存储里已经没有这个文件：只删记录
      unwrap(await ctx.db.collection(COLLECTIONS.files).doc(doc._id).remove())
    }
  }
}
