/** 模拟器返回给 SDK 的错误：回包 `{ code, message, requestId }`，HTTP 状态 200（SDK 据 code 抛错）。 */
export const ERR = {
  /** 平台错误码：集合不存在 */
  COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  /** 创建已存在的集合 */
  COLLECTION_ALREADY_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  /** SDK 的 runTransaction 遇到此码会重试（@cloudbase/database transaction/index.ts） */
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  /** 事务不存在、已结束或已超时 */
  TRANSACTION_FAIL: 'DATABASE_TRANSACTION_FAIL',
  /** 查询、更新、聚合语句无法执行（未知操作符等） */
  REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
  /** _id 重复 */
  DUPLICATE_KEY: 'DATABASE_DUPLICATE_WRITE',
  /** 请求参数错误：JSON/EJSON 无法解析、缺少字段 */
  INVALID_PARAM: 'INVALID_PARAM',
  /** 未知 action */
  INVALID_ACTION: 'INVALID_ACTION',
  /** 请求体超过 6 MB */
  REQUEST_TOO_LARGE: 'EXCEED_REQUEST_SIZE_LIMIT',
  /** 云函数不存在 / 执行失败 / 超时 */
  FUNCTION_NOT_FOUND: 'FUNCTIONS_NOT_FOUND',
  FUNCTION_FAILED: 'FUNCTIONS_EXECUTE_FAIL',
  FUNCTION_TIMEOUT: 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
  /** HTTP 调用冒充定时触发器（只有平台的定时器能发 Timer 事件） */
  TRIGGER_FORBIDDEN: 'PERMISSION_DENIED',
} as const

export class DbError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message)
  }
}

export function dbError(code: string, message: string): DbError {
  return new DbError(code, message)
}

/** 把任意异常转成回包错误（mingo 的未知操作符等 → DATABASE_REQUEST_FAILED） */
export function toDbError(e: unknown): DbError {
  if (e instanceof DbError) return e
  const message = e instanceof Error ? e.message : String(e)
  return new DbError(ERR.REQUEST_FAILED, message)
}
