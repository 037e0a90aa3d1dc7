/** 客户端错误展示的纯函数（不依赖 UI） */
import { ERROR_MESSAGES } from '../../types/errors'
import type { AppErrorBody } from '../../types/result'

/** 字段路径 → 中文错误，用于表单逐项标红（取每个字段的第一条） */
export function fieldErrorMap(error: AppErrorBody | null | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of error?.fields ?? []) {
    if (!(f.path in out)) out[f.path] = f.message
  }
  return out
}

/** 给用户看的中文提示：优先服务端 message，否则按错误码取默认文案 */
export function errorText(error: Pick<AppErrorBody, 'code' | 'message'> | null | undefined): string {
  if (!error) return ERROR_MESSAGES.INTERNAL
  return error.message || ERROR_MESSAGES[error.code] || ERROR_MESSAGES.INTERNAL
}

/** 是否可以通过“重试”恢复 */
export function isRetryable(error: Pick<AppErrorBody, 'code'> | null | undefined): boolean {
  return error?.code === 'NETWORK.FAILED' || error?.code === 'INTERNAL'
}
