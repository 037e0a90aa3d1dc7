import type { ErrorCode } from './errors'

/** 字段级错误：path 为字段路径（如 concerns.0.level），message 为中文原因 */
export interface FieldError {
  path: string
  message: string
}

export interface AppErrorBody {
  code: ErrorCode
  message: string
  /** 输入不合法时的字段级详情 */
  fields?: FieldError[]
  /** 其他结构化详情（如名册导入的逐行错误） */
  details?: unknown
}

/** 所有云函数动作的统一返回结构 */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody }

export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
