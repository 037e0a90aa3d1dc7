/**
 * 云存储（本地）：与 @cloudbase/node-sdk 3.18 在线路上的调用方式一致。
 *   - POST /admin  action storage.getUploadMetadata { path } → { url, token, authorization, fileId, cosFileId }
 *     SDK 随后把文件 PUT 到 url（成功回空串，失败回 COS 风格的 XML <Error>）；POST 同样接受。
 *   - POST /admin  action storage.batchGetDownloadUrl { file_list: [{ fileid, max_age }] }
 *     → download_list: [{ fileID, tempFileURL, code }]；downloadFile 也走这条，再 GET 临时链接。
 *   - POST /admin  action storage.batchDeleteFile { fileid_list } → delete_list: [{ fileID, code }]
 * 文件存放在 <dataDir>/storage/<cloudPath>。上传地址与临时链接都带 HMAC 签名和到期时刻：
 * 过期或签名不对的链接以 403 + XML AccessDenied 拒绝（与 COS 相同）。时钟可注入，测试不依赖墙钟。
 * 本地模式另有 H5 的上传通道 POST /api/storage/upload?cloudPath=…（见 server.ts），对应小程序的 wx.cloud.uploadFile。
 */
import crypto from 'crypto'
import fs from 'fs'
import http from 'http'
import path from 'path'
import { DbError, ERR } from './errors'

/** 本地环境的文件 id 前缀：cloud://<env>.<bucket>/<cloudPath> */
export const FILE_ID_PREFIX = 'cloud://local.xinqiao-local-1250000000/'
/** 单个文件上限（COS 单次 PUT 上限 5 GB；本地保护磁盘用） */
export const MAX_FILE_BYTES = 100 * 1024 * 1024
/** 上传地址有效期（秒） */
const UPLOAD_TTL_S = 900
/** getTempFileURL 未给 maxAge 时的有效期（秒），与平台默认一致 */
const DEFAULT_MAX_AGE_S = 86400

export class Storage {
  private readonly root: string
  private readonly secret = crypto.randomBytes(32)
  /** http://127.0.0.1:PORT，监听后由 server 设置 */
  baseUrl = ''

  constructor(dataDir: string, private readonly clock: () => Date = () => new Date()) {
    this.root = path.join(path.resolve(dataDir), 'storage')
  }

  /** 文件 id 或 cloudPath → 磁盘路径；越界（..）与空路径报 INVALID_PARAM */
  private resolve(cloudPathOrId: string): { cloudPath: string; file: string } {
    const cloudPath = cloudPathOrId.startsWith('cloud://') ? cloudPathOrId.replace(/^cloud:\/\/[^/]+\//, '') : cloudPathOrId.replace(/^\/+/, '')
    const file = path.resolve(this.root, cloudPath)
    if (!cloudPath || cloudPath.length > 850 || !file.startsWith(this.root + path.sep)) throw new DbError(ERR.INVALID_PARAM, `invalid cloud path ${cloudPathOrId}`)
    return { cloudPath, file }
  }

  private sign(kind: string, cloudPath: string, expires: number): string {
    return crypto.createHmac('sha256', this.secret).update(`${kind}\n${cloudPath}\n${expires}`).digest('hex')
  }

  private nowS(): number {
    return Math.floor(this.clock().getTime() / 1000)
  }

  /** /admin 上的 storage.* 动作；回包同数据库动作：{ data } 或抛 DbError */
  handle(body: Record<string, any>): Record<string, unknown> {
    switch (body.action) {
      case 'storage.getUploadMetadata': return { data: this.uploadMetadata(body) }
      case 'storage.batchGetDownloadUrl': return { data: { download_list: this.downloadUrls(body) } }
      case 'storage.batchDeleteFile': return { data: { delete_list: this.remove(body) } }
      default: throw new DbError(ERR.INVALID_ACTION, `unknown action ${String(body.action)}`)
    }
  }

  private uploadMetadata(body: Record<string, any>) {
    if (typeof body.path !== 'string') throw new DbError(ERR.INVALID_PARAM, 'path is required')
    const { cloudPath } = this.resolve(body.path)
    const expires = this.nowS() + UPLOAD_TTL_S
    const signature = this.sign('put', cloudPath, expires)
    const q = `path=${encodeURIComponent(cloudPath)}&e=${expires}&sign=${signature}`
    return {
      url: `${this.baseUrl}/storage/upload?${q}`,
      token: crypto.randomBytes(16).toString('hex'),
      authorization: `q-sign-algorithm=sha1&q-sign-time=${expires}&q-signature=${signature}`,
      fileId: FILE_ID_PREFIX + cloudPath,
      cosFileId: crypto.randomBytes(12).toString('hex'),
      download_url: '',
    }
  }

  private downloadUrls(body: Record<string, any>) {
    if (!Array.isArray(body.file_list)) throw new DbError(ERR.INVALID_PARAM, 'file_list must be an array')
    return body.file_list.map((item: { fileid?: unknown; max_age?: unknown }) => {
      const fileID = String(item?.fileid ?? '')
      let target: { cloudPath: string; file: string }
      try {
        target = this.resolve(fileID)
      } catch {
        return { fileID, tempFileURL: '', code: 'INVALID_PARAM' }
      }
      if (!fs.existsSync(target.file)) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }
      const maxAge = Number.isInteger(item.max_age) && (item.max_age as number) > 0 ? (item.max_age as number) : DEFAULT_MAX_AGE_S
      const expires = this.nowS() + maxAge
      // 与平台相同：链接里的路径不转义（SDK 的 downloadFile 会再 encodeURI）
      const url = `${this.baseUrl}/storage/files/${target.cloudPath}?e=${expires}&sign=${this.sign('get', target.cloudPath, expires)}`
      return { fileID, tempFileURL: url, code: 'SUCCESS' }
    })
  }

  private remove(body: Record<string, any>) {
    if (!Array.isArray(body.fileid_list)) throw new DbError(ERR.INVALID_PARAM, 'fileid_list must be an array')
    return body.fileid_list.map((raw: unknown) => {
      const fileID = String(raw)
      try {
        const { file } = this.resolve(fileID)
        if (!fs.existsSync(file)) return { fileID, code: 'STORAGE_FILE_NONEXIST' }
        fs.rmSync(file)
        return { fileID, code: 'SUCCESS' }
      } catch {
        return { fileID, code: 'INVALID_PARAM' }
      }
    })
  }

  /** 把请求体流式写入 cloudPath（先写临时文件再改名：中途失败不留半个文件）。返回文件 id */
  async write(cloudPath: string, req: http.IncomingMessage): Promise<string> {
    const { file } = this.resolve(cloudPath)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const tmp = `${file}.${crypto.randomBytes(6).toString('hex')}.part`
    await new Promise<void>((resolve, reject) => {
      let size = 0
      const out = fs.createWriteStream(tmp)
      req.on('data', (c: Buffer) => {
        size += c.length
        if (size > MAX_FILE_BYTES) req.destroy(new Error('file too large'))
      })
      req.on('error', reject)
      out.on('error', reject)
      out.on('finish', () => resolve())
      req.pipe(out)
    }).catch((e) => {
      fs.rmSync(tmp, { force: true })
      throw e
    })
    fs.renameSync(tmp, file)
    return FILE_ID_PREFIX + this.resolve(cloudPath).cloudPath
  }

  /** PUT/POST /storage/upload?path&e&sign：SDK uploadFile 的第二步 */
  async handleUpload(url: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const cloudPath = url.searchParams.get('path') ?? ''
    const expires = Number(url.searchParams.get('e'))
    const denied = this.checkSignature('put', cloudPath, expires, url.searchParams.get('sign'))
    if (denied) {
      req.resume()
      return cosError(res, 403, denied, cloudPath)
    }
    await this.write(cloudPath, req)
    res.writeHead(200, { 'content-type': 'application/xml', 'content-length': 0 })
    res.end()
  }

  /** GET /storage/files/<cloudPath>?e&sign：临时链接 */
  handleDownload(url: URL, res: http.ServerResponse): void {
    const cloudPath = url.pathname.slice('/storage/files/'.length).split('/').map(decodeURIComponent).join('/')
    const denied = this.checkSignature('get', cloudPath, Number(url.searchParams.get('e')), url.searchParams.get('sign'))
    if (denied) return cosError(res, 403, denied, cloudPath)
    let file: string
    try {
      file = this.resolve(cloudPath).file
    } catch {
      return cosError(res, 400, 'InvalidURI', cloudPath)
    }
    if (!fs.existsSync(file)) return cosError(res, 404, 'NoSuchKey', cloudPath)
    const size = fs.statSync(file).size
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size })
    fs.createReadStream(file).pipe(res)
  }

  /** 签名或到期不对时返回 COS 错误码，否则 null */
  private checkSignature(kind: string, cloudPath: string, expires: number, sign: string | null): string | null {
    if (!cloudPath || !Number.isInteger(expires) || !sign) return 'AccessDenied'
    const want = this.sign(kind, cloudPath, expires)
    if (sign.length !== want.length || !crypto.timingSafeEqual(Buffer.from(sign), Buffer.from(want))) return 'SignatureDoesNotMatch'
    if (this.nowS() > expires) return 'AccessDenied'
    return null
  }
}

const MESSAGES: Record<string, string> = {
  AccessDenied: 'Request has expired',
  SignatureDoesNotMatch: 'The Signature you specified is invalid.',
  NoSuchKey: 'The specified key does not exist.',
  InvalidURI: 'Could not parse the specified URI.',
}

function cosError(res: http.ServerResponse, status: number, code: string, resource: string): void {
  const id = crypto.randomBytes(12).toString('base64')
  const xml = `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n<Code>${code}</Code>\n<Message>${MESSAGES[code] ?? code}</Message>\n<Resource>/${resource.replace(/[<>&]/g, '')}</Resource>\n<RequestId>${id}</RequestId>\n<TraceId>${id}</TraceId>\n</Error>`
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) })
  res.end(xml)
}
