/**
 * 云函数入口工厂：解析输入 → 解析调用者 → 授权 → 执行用例 → 映射结果。
 * 每个动作声明输入 schema（来自 types/）与允许的角色；客户端永远只收到 { ok, data | error }。
 */
import { z } from 'zod'
import { ROLES, type Role } from '../../types/domain'
import { ERROR_MESSAGES } from '../../types/errors'
import type { FieldError, Result } from '../../types/result'
import { resolveCaller, type Caller } from './access'
import { appendAudit } from './audit'
import { AppError } from './errors'
import { db, tcb, type Database } from './sdk'

z.config(z.locales.zhCN())

/** 动作允许的调用者：角色列表；'unbound' 表示有平台身份即可（如绑定）；'any' 表示任何已绑定角色 */
export type ActionAccess = readonly Role[] | 'unbound' | 'any'

export interface ActionContext {
  db: Database
  /** 已绑定的调用者；access 为 'unbound' 时可能为 null */
  caller: Caller | null
  openid: string
  now: Date
  /** 写审计日志（以当前调用者身份） */
  audit: (action: string, targetIds: string[]) => Promise<void>
}

export interface ActionDef<S extends z.ZodType = z.ZodType, R = unknown> {
  schema: S
  access: ActionAccess
  run: (ctx: ActionContext & { caller: Caller }, input: z.output<S>) => Promise<R>
}

export interface UnboundActionDef<S extends z.ZodType = z.ZodType, R = unknown> {
  schema: S
  access: 'unbound'
  run: (ctx: ActionContext, input: z.output<S>) => Promise<R>
}

export type AnyActionDef = ActionDef<any, any> | UnboundActionDef<any, any>

/** 定义动作（保留类型推断） */
export function defineAction<S extends z.ZodType, R>(def: ActionDef<S, R>): ActionDef<S, R>
export function defineAction<S extends z.ZodType, R>(def: UnboundActionDef<S, R>): UnboundActionDef<S, R>
export function defineAction(def: AnyActionDef): AnyActionDef {
  return def
}

const envelopeSchema = z.strictObject({
  action: z.string().min(1).max(64),
  role: z.enum(ROLES).optional(),
  assignmentId: z.string().max(64).optional(),
  payload: z.unknown().optional(),
  /** 小程序端 callFunction 由平台注入，忽略 */
  userInfo: z.unknown().optional(),
})

/** zod 问题 → 字段级中文错误 */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }))
}

function fail(err: AppError): Result<never> {
  return { ok: false, error: err.toBody() }
}

/** 平台上下文中的 openid（绝不从 event 读取） */
export function openidFromContext(context: unknown): string | null {
  if (!context || typeof context !== 'object') return null
  try {
    const c = tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0])
    const openid = c.WX_OPENID
    return typeof openid === 'string' && openid.length > 0 ? openid : null
  } catch {
    return null
  }
}

/**
 * 解析调用者。access 为 'unbound' 的动作（绑定、兑换建站码）允许任期已全部结束的人调用
 * （如换届后重新绑定），此时 caller 为 null，由动作自行决定答复。
 */
async function resolveCallerFor(
  access: ActionAccess,
  database: Database,
  openid: string,
  now: Date,
  requested: { role?: Role; assignmentId?: string },
): Promise<Caller | null> {
  try {
    return await resolveCaller(database, openid, now, requested)
  } catch (err) {
    if (access === 'unbound' && err instanceof AppError && err.code === 'AUTH.ROLE_ENDED') return null
    throw err
  }
}

/** 创建云函数 main(event, context) */
export function createMain(actions: Record<string, AnyActionDef>, opts: { clock?: () => Date } = {}) {
  return async function main(event: unknown, context: unknown): Promise<Result<unknown>> {
    try {
      const env = envelopeSchema.safeParse(event ?? {})
      if (!env.success) {
        return fail(new AppError('INPUT.INVALID', undefined, { fields: toFieldErrors(env.error) }))
      }
      const def = Object.prototype.hasOwnProperty.call(actions, env.data.action) ? actions[env.data.action] : undefined
      if (!def) return fail(new AppError('INPUT.UNKNOWN_ACTION'))
      const openid = openidFromContext(context)
      if (!openid) return fail(new AppError('AUTH.UNAUTHENTICATED'))
      const parsed = def.schema.safeParse(env.data.payload ?? {})
      if (!parsed.success) {
        return fail(new AppError('INPUT.INVALID', undefined, { fields: toFieldErrors(parsed.error) }))
      }
      const database = db()
      const now = opts.clock ? opts.clock() : new Date()
      const caller = await resolveCallerFor(def.access, database, openid, now, env.data)
      if (def.access !== 'unbound') {
        if (!caller) throw new AppError('AUTH.NOT_BOUND')
        if (def.access !== 'any' && !def.access.includes(caller.role)) throw new AppError('AUTH.FORBIDDEN')
      }
      const ctx: ActionContext = {
        db: database,
        caller,
        openid,
        now,
        audit: async (action, targetIds) => {
          if (caller) await appendAudit(database, caller, action, targetIds, now)
        },
      }
      const data = await (def.run as (c: ActionContext, i: unknown) => Promise<unknown>)(ctx, parsed.data)
      return { ok: true, data: data ?? null }
    } catch (err) {
      if (err instanceof AppError) return fail(err)
      console.error('[xinqiao] unexpected error', err)
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } }
    }
  }
}
