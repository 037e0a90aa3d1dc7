/**
 * 唯一的云函数客户端。页面与功能模块只通过 src/services/api/<函数>.ts 的类型化包装调用它；
 * 输入与输出类型都来自动作契约（types/api/<函数>.contract.ts），这里不手写输出类型：
 *
 * ```ts
 * // src/services/api/observations.ts
 * import type { observationsContract } from '../../../types/api/observations.contract'
 * const call = functionCaller<typeof observationsContract>('observations')
 * type In<A extends keyof typeof observationsContract> = ContractInput<typeof observationsContract, A>
 * // 提交周报（幂等）
 * export const submitReport = (p: In<'report.submit'>) => call('report.submit', p)   // Promise<Result<ReportView>>
 * ```
 *
 * 契约只以 `import type` 引入：schema 与文档文字不进小程序包。
 *
 * - 自动带上当前选择的角色任职（role + assignmentId），由会话模块通过 setCallerSelection 设置；
 * - 永不抛出：网络失败 → NETWORK.FAILED，其余失败原样返回服务端的 { code, message, fields }；
 * - 调用方按 `result.ok` 分支；错误提示用 components/Toast 的 showError(result.error)，
 *   表单字段错误用 services/errors.ts 的 fieldErrorMap(result.error)。
 */
import type { z } from 'zod'
import type { AnyContract, InputOf, OutputOf } from '../../types/api/contract'
import type { Role } from '../../types/domain'
import type { AppErrorBody, Result } from '../../types/result'
import { transport } from './cloud'
import { failure, type Envelope, type FunctionName } from './transport'

export type { FunctionName } from './transport'

/** 当前选择的角色任职 */
export interface CallerSelection {
  role: Role
  assignmentId: string
}

let selection: CallerSelection | null = null

/** 会话模块在选择/切换角色后调用 */
export function setCallerSelection(next: CallerSelection | null): void {
  selection = next
}

/** 当前附带在信封上的角色任职 */
export function getCallerSelection(): CallerSelection | null {
  return selection
}

type AuthListener = (error: AppErrorBody) => void
const authListeners = new Set<AuthListener>()

/** 订阅身份失效（任期结束/交接、未绑定）：会话模块据此回到启动页。返回取消订阅函数 */
export function onAuthError(listener: AuthListener): () => void {
  authListeners.add(listener)
  return () => authListeners.delete(listener)
}

export interface CallOptions {
  /** 是否附带当前角色任职；默认 true。identity.me 等与角色无关的动作传 false */
  withRole?: boolean
}

/**
 * 调用云函数动作，返回 Result<TOut>。
 * @param fn 云函数名
 * @param action 动作名（见 types/api/<fn>.ts）
 * @param payload 动作输入（由服务端 schema 再次校验）
 */
export async function callAction<TOut>(
  fn: FunctionName,
  action: string,
  payload?: unknown,
  options: CallOptions = {},
): Promise<Result<TOut>> {
  const envelope: Envelope = { action, payload: payload ?? {} }
  const withRole = options.withRole !== false
  if (withRole && selection) {
    envelope.role = selection.role
    envelope.assignmentId = selection.assignmentId
  }
  let result: Result<unknown>
  try {
    result = await transport(fn, envelope)
  } catch {
    // 传输层约定不抛出；这里兜底，保证调用方永远拿到 Result
    result = failure('NETWORK.FAILED')
  }
  if (!result.ok && withRole && (result.error.code === 'AUTH.ROLE_ENDED' || result.error.code === 'AUTH.NOT_BOUND')) {
    for (const listener of authListeners) listener(result.error)
  }
  return result as Result<TOut>
}

/** 动作输入类型：schema 的输入形态（可省略有默认值的字段） */
export type ActionInput<S extends z.ZodType> = z.input<S>

/** 契约里某个动作的输入类型（调用方形态） */
export type ContractInput<M extends Record<string, AnyContract>, A extends keyof M> = InputOf<M[A]>

/**
 * 某个云函数的动作调用器，类型来自契约：
 * `const call = functionCaller<typeof reportsContract>('reports')`，`call('monthly.get', input)` → `Promise<Result<MonthlyReportView>>`
 */
export function functionCaller<M extends Record<string, AnyContract>>(fn: FunctionName) {
  return <A extends keyof M & string>(action: A, payload: InputOf<M[A]>, options?: CallOptions) =>
    callAction<OutputOf<M[A]>>(fn, action, payload, options)
}
