/**
 * 微信云调用的线上格式：multipart/form-data 表单与 protobuf（只实现 wx-server-sdk 4.0.2 的 openapi 用到的部分）。
 * 消息定义见 wx-server-sdk 的 src/protobuf/openapi.js：
 *   CommApiData   { 1 apiType:int32, 2 openapiData:OpenApiData, 6 appid:string }
 *   OpenApiData   { 1 pairs: repeated KeyValuePair }
 *   KeyValuePair  { 1 key:string, 2 value:bytes }          value = JSON.stringify(参数值)
 *   CommOpenApiResp { 1 respData:bytes, 2 contentType:string, 3 errorCode:int32, 4 httpCode:uint32 }
 */

/** 解析 multipart/form-data：字段名 → 原始字节 */
export function parseMultipart(body: Buffer, contentType: string): Map<string, Buffer> {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!m) throw new Error('multipart body without boundary')
  const delimiter = Buffer.from(`--${m[1] ?? m[2]}`)
  const fields = new Map<string, Buffer>()
  let pos = body.indexOf(delimiter)
  while (pos >= 0) {
    const start = pos + delimiter.length
    if (body.subarray(start, start + 2).toString() === '--') break
    const next = body.indexOf(delimiter, start)
    if (next < 0) break
    // 分段：\r\n头部\r\n\r\n内容\r\n
    const part = body.subarray(start + 2, next - 2)
    const split = part.indexOf('\r\n\r\n')
    if (split >= 0) {
      const head = part.subarray(0, split).toString('utf8')
      const name = /name="([^"]*)"/i.exec(head)?.[1]
      if (name !== undefined) fields.set(name, part.subarray(split + 4))
    }
    pos = next
  }
  return fields
}

/** protobuf 读：返回 (字段号 → 值[])；wireType 0 为 number，2 为 Buffer */
export function readProto(buf: Buffer): Map<number, (number | Buffer)[]> {
  const out = new Map<number, (number | Buffer)[]>()
  let i = 0
  const varint = (): number => {
    let result = 0
    let shift = 0
    for (;;) {
      if (i >= buf.length) throw new Error('truncated varint')
      const b = buf[i++]
      result += (b & 0x7f) * 2 ** shift
      if ((b & 0x80) === 0) return result
      shift += 7
    }
  }
  while (i < buf.length) {
    const tag = varint()
    const field = Math.floor(tag / 8)
    const type = tag & 7
    let value: number | Buffer
    if (type === 0) value = varint()
    else if (type === 2) {
      const len = varint()
      if (i + len > buf.length) throw new Error('truncated field')
      value = buf.subarray(i, i + len)
      i += len
    } else if (type === 1) {
      value = buf.readDoubleLE(i)
      i += 8
    } else if (type === 5) {
      value = buf.readUInt32LE(i)
      i += 4
    } else throw new Error(`unsupported wire type ${type}`)
    out.set(field, [...(out.get(field) ?? []), value])
  }
  return out
}

function writeVarint(n: number): Buffer {
  const bytes: number[] = []
  let v = n >>> 0 === n ? n : n < 0 ? 2 ** 32 + n : n
  do {
    let b = v % 128
    v = Math.floor(v / 128)
    if (v > 0) b |= 0x80
    bytes.push(b)
  } while (v > 0)
  return Buffer.from(bytes)
}

/** protobuf 写：[字段号, number | Buffer | string] 按顺序编码 */
export function writeProto(fields: [number, number | Buffer | string][]): Buffer {
  const parts: Buffer[] = []
  for (const [field, value] of fields) {
    if (typeof value === 'number') parts.push(writeVarint(field * 8), writeVarint(value))
    else {
      const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value
      parts.push(writeVarint(field * 8 + 2), writeVarint(bytes.length), bytes)
    }
  }
  return Buffer.concat(parts)
}

/** CommApiData → { apiType, appid, params }（params 为 openapi 参数，值已按 JSON 解析） */
export function decodeCommApiData(buf: Buffer): { apiType: number; appid: string; params: Record<string, unknown> } {
  const top = readProto(buf)
  const params: Record<string, unknown> = {}
  const openapi = top.get(2)?.[0]
  if (Buffer.isBuffer(openapi)) {
    for (const pair of readProto(openapi).get(1) ?? []) {
      if (!Buffer.isBuffer(pair)) continue
      const kv = readProto(pair)
      const key = (kv.get(1)?.[0] as Buffer | undefined)?.toString('utf8') ?? ''
      const raw = (kv.get(2)?.[0] as Buffer | undefined)?.toString('utf8') ?? ''
      try {
        params[key] = JSON.parse(raw)
      } catch {
        params[key] = raw
      }
    }
  }
  const appid = top.get(6)?.[0]
  return { apiType: Number(top.get(1)?.[0] ?? 0), appid: Buffer.isBuffer(appid) ? appid.toString('utf8') : '', params }
}

/** 微信接口的 JSON 答复包进 CommOpenApiResp */
export function encodeOpenApiResp(json: unknown): Buffer {
  return writeProto([
    [1, Buffer.from(JSON.stringify(json), 'utf8')],
    [2, 'application/json; charset=utf-8'],
    [4, 200],
  ])
}
