/**
 * 动作契约：每个云函数动作在 types/api/<函数>.contract.ts 里声明一次——
 * 输入 schema、输出类型、允许的角色、是否记审计、是否分页、特有的错误码，以及 docs/api.md 表格里的说明。
 *
 * - 服务端：`defineAction(contract['x.y'], run)`（cloudfunctions/_lib/handler.ts）按 roles 授权；audited 的动作
 *   在答复成功前必须调用过 ctx.audit（目标为空时也要调用，表示“本次没有可记的对象”），否则答复 INTERNAL 并记错误日志。
 *   例外：roles 为 'unbound' 的动作（bind、setup.redeem）调用时还没有调用者，在事务里自行写审计（appendAudit）。
 * - 客户端：`functionCaller<typeof xContract>('x')` → `call('x.y', input)` 返回 `Result<输出>`（src/services/client.ts）。
 * - 文档：`npm run docs:api` 由契约重写 docs/api.md 的动作表；test/unit/api-doc.test.ts 检查文档与契约一致。
 */
import type { z } from 'zod'
import type { Role } from '../domain'
import type { ErrorCode } from '../errors'

/** 动作允许的调用者：角色列表；'unbound' 表示有平台身份即可（如绑定）；'any' 表示任何已绑定角色 */
export type ActionAccess = readonly Role[] | 'unbound' | 'any'

/** docs/api.md 表格中的一行（一个动作通常一行；按角色答复不同形状时可写多行） */
export interface ActionDocRow {
  /** 角色一栏的文字；省略时由 roles 生成 */
  roles?: string
  payload: string
  data: string
  /** 读库次数（有这一栏的表格才写） */
  reads?: string
}

export interface ActionContract<S extends z.ZodType = z.ZodType, O = unknown> {
  /** 输入 schema（严格对象，来自 types/api/<函数>.ts） */
  readonly input: S
  readonly roles: ActionAccess
  /** 返回或导出学生可识别数据、或改变角色与名册：必须写审计日志 */
  readonly audited: boolean
  /** 列表：输入带 { page, pageSize }，输出为 { items, total, page, pageSize } */
  readonly paged: boolean
  /** 该动作特有的错误码 → 何时出现（公共的 INPUT.INVALID、AUTH.*、INTERNAL 不列） */
  readonly errors: Partial<Record<ErrorCode, string>>
  readonly doc: ActionDocRow | readonly ActionDocRow[]
  /** 仅用于类型推断：动作的输出 */
  readonly __output?: O
}

/** 声明一个动作：`action<输出类型>()({ input, roles, audited, paged, errors, doc })` */
export function action<O>() {
  return <S extends z.ZodType>(c: Omit<ActionContract<S, O>, '__output'>): ActionContract<S, O> => c
}

export type AnyContract = ActionContract<z.ZodType, unknown>

/** 一个云函数的全部动作：动作名 → 契约（保留每个动作的具体类型） */
export function defineContract<A extends Record<string, AnyContract>>(actions: A): A {
  return actions
}

/** 动作的输入（调用方形态：有默认值的字段可省略） */
export type InputOf<C> = C extends ActionContract<infer S, unknown> ? z.input<S> : never
/** 动作的输出 */
export type OutputOf<C> = C extends ActionContract<z.ZodType, infer O> ? O : never
