import fs from 'fs'
import http from 'http'
import path from 'path'

/** 平台对单次请求/响应的上限 */
export const MAX_BODY_BYTES = 6 * 1024 * 1024

export class TooLarge extends Error {}

/** 读取请求体；超过上限时继续读完但丢弃，然后以 TooLarge 拒绝（避免客户端 EPIPE） */
export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size <= limit) chunks.push(c)
    })
    req.on('end', () => (size > limit ? reject(new TooLarge(`request body is ${size} bytes; limit is 6 MB`)) : resolve(Buffer.concat(chunks))))
    req.on('error', reject)
  })
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body === undefined ? null : body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.gif': 'image/gif', '.webp': 'image/webp',
}

/** 静态文件（H5 构建产物）；找不到的路径回退到 index.html（单页应用路由） */
export function serveStatic(root: string, urlPath: string, res: http.ServerResponse): void {
  const base = path.resolve(root)
  let rel: string
  try {
    rel = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    rel = '/'
  }
  let file = path.resolve(base, '.' + rel)
  if (!file.startsWith(base)) file = path.join(base, 'index.html')
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    const idx = path.join(file, 'index.html')
    file = fs.existsSync(idx) && file.startsWith(base) ? idx : path.join(base, 'index.html')
  }
  if (!fs.existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('not found')
    return
  }
  res.writeHead(200, { 'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' })
  fs.createReadStream(file).pipe(res)
}
