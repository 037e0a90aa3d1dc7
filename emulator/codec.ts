import { BSONRegExp, EJSON } from 'bson'
import { ERR, dbError } from './errors'

export type Doc = Record<string, any>

const BAD_INT = /"\$numberInt"\s*:\s*"(?!-?\d+")/

/**
 * 解析 SDK 发来的 EJSON 字符串（canonical 形式：$numberInt/$numberDouble/$date/$regularExpression）。
 * - BSONRegExp → 原生 RegExp（mingo 只认原生）
 * - `{"$tcb_server_date":{"offset":n}}` → 服务器时间 now + n 毫秒
 */
export function decode(text: unknown, now: Date, what: string): any {
  if (typeof text !== 'string') throw dbError(ERR.INVALID_PARAM, `${what} must be an EJSON string`)
  if (!text.includes('$')) {
    // 没有任何 EJSON 类型标记（例如 {"_id":"..."}）：普通 JSON 即可，省去 EJSON 的逐键处理
    try {
      return JSON.parse(text)
    } catch (e) {
      throw dbError(ERR.INVALID_PARAM, `${what} is not valid JSON: ${(e as Error).message}`)
    }
  }
  if (BAD_INT.test(text)) throw dbError(ERR.INVALID_PARAM, `${what} is not valid EJSON: bad $numberInt`)
  let v: unknown
  try {
    v = EJSON.parse(text, { relaxed: true })
  } catch (e) {
    throw dbError(ERR.INVALID_PARAM, `${what} is not valid EJSON: ${(e as Error).message}`)
  }
  return normalize(v, now)
}

/** 已解析值的规整（供 stageValue 等非字符串场景复用） */
export function normalize(v: unknown, now: Date): any {
  if (v === null || typeof v !== 'object') return v
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw dbError(ERR.INVALID_PARAM, 'invalid $date')
    return v
  }
  if (v instanceof RegExp) return v
  if (v instanceof BSONRegExp) {
    try {
      return new RegExp(v.pattern, v.options.replace(/[^imsuy]/g, ''))
    } catch (e) {
      throw dbError(ERR.INVALID_PARAM, `invalid regular expression: ${(e as Error).message}`)
    }
  }
  if (Array.isArray(v)) return v.map((x) => normalize(x, now))
  const o = v as Doc
  const keys = Object.keys(o)
  if (keys.length === 1 && keys[0] === '$tcb_server_date') {
    const offset = Number(o.$tcb_server_date?.offset ?? 0)
    return new Date(now.getTime() + (Number.isFinite(offset) ? offset : 0))
  }
  if (Object.getPrototypeOf(o) !== Object.prototype && Object.getPrototypeOf(o) !== null) {
    // 其它 BSON 类型（ObjectId、Long 等）：relaxed 解析后很少出现，按 JSON 形态保存
    return normalize(JSON.parse(EJSON.stringify(o, { relaxed: true })), now)
  }
  const out: Doc = {}
  for (const k of keys) out[k] = normalize(o[k], now)
  return out
}

/** 文档 → 回包里的 EJSON 字符串（relaxed：数字为普通 JSON 数字，日期为 $date） */
export function encode(doc: unknown): string {
  return EJSON.stringify(doc as Doc, { relaxed: true })
}

/** 存储体（同 encode）→ 文档 */
export function parseStored(text: string): Doc {
  return EJSON.parse(text, { relaxed: true }) as Doc
}
