/**
 * 云函数传输层的共同约定。平台实现见 cloud.weapp.ts（wx.cloud）与 cloud.h5.ts（本地网关 HTTP）。
 * 传输层只负责“把信封送到函数并拿回 Result”，永不抛出异常。
 */
import type { Role } from '../../types/domain'
import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors'
import type { Result } from '../../types/result'

/** 云函数名 */
export type FunctionName = 'identity' | 'observations' | 'counseling' | 'reports' | 'ledger' | 'station' | 'assessment' | 'jobs'

/** 调用信封：与 cloudfunctions/_lib/handler.ts 的 envelopeSchema 一致 */
export interface Envelope {
  action: string
  role?: Role
  assignmentId?: string
  payload?: unknown
}

/** 平台传输实现的签名 */
export type Transport = (name: FunctionName, envelope: Envelope) => Promise<Result<unknown>>

/** 单次调用超时（毫秒）：与 CloudBase SDK 默认一致 */
export const CALL_TIMEOUT_MS = 15_000

/** 构造客户端侧错误结果 */
export function failure(code: ErrorCode, details?: unknown): Result<never> {
  return { ok: false, error: { code, message: ERROR_MESSAGES[code], ...(details === undefined ? {} : { details }) } }
}

/** 函数返回值是否为 { ok, data | error } 结构 */
export function isResult(value: unknown): value is Result<unknown> {
  if (!value || typeof value !== 'object') return false
  const v = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } }
  if (v.ok === true) return 'data' in v
  return v.ok === false && !!v.error && typeof v.error.code === 'string' && typeof v.error.message === 'string'
}
