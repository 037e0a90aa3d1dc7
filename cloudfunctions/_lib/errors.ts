import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors'
import type { AppErrorBody, FieldError } from '../../types/result'

/** 业务错误：带稳定代码，由 handler 转成 { ok:false, error } */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields?: FieldError[]
  readonly details?: unknown
  constructor(code: ErrorCode, message?: string, extra?: { fields?: FieldError[]; details?: unknown }) {
    super(message ?? ERROR_MESSAGES[code])
    this.code = code
    this.fields = extra?.fields
    this.details = extra?.details
  }
  toBody(): AppErrorBody {
    const body: AppErrorBody = { code: this.code, message: this.message }
    if (this.fields) body.fields = this.fields
    if (this.details !== undefined) body.details = this.details
    return body
  }
}

/** 不存在或越权：两者答复完全相同 */
export const notFound = (): AppError => new AppError('NOT_FOUND')

/** 单字段输入错误 */
export const invalidField = (path: string, message: string): AppError =>
  new AppError('INPUT.INVALID', undefined, { fields: [{ path, message }] })
