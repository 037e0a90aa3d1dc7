/**
 * 云函数入口工厂：解析输入 → 解析调用者 → 授权 → 执行用例 → 映射结果。
 * 每个动作的契约（types/api/<函数>.contract.ts）声明输入 schema、允许的角色与是否记审计；客户端永远只收到 { ok, data | error }。
 * audited 的动作没有调用 ctx.audit 就要答复成功时，答复 INTERNAL（MissingAuditError 记入日志）：漏记审计在该动作自己的测试里就会失败。
 */
import { z } from 'zod'
import type { ActionAccess, AnyContract, OutputOf } from '../../types/api/contract'
import { ROLES, type Role } from '../../types/domain'
import { ERROR_MESSAGES } from '../../types/errors'
import type { FieldError, Result } from '../../types/result'
import { resolveCaller, type Caller } from './access'
import { appendAudit } from './audit'
import { AppError } from './errors'
import { db, tcb, type Database } from './sdk'

z.config(z.locales.zhCN())

export type { ActionAccess }

export interface ActionContext {
  db: Database
  /** 已绑定的调用者；access 为 'unbound' 时可能为 null */
  caller: Caller | null
  openid: string
  now: Date
  /**
   * 写审计日志（以当前调用者身份）。契约标为 audited 的动作每次成功答复前都要调用它；
   * targetIds 为空表示本次没有可识别的对象（如空列表），不写日志。
   */
  audit: (action: string, targetIds: string[]) => Promise<void>
}

type RunContext<C extends AnyContract> = C['roles'] extends 'unbound' ? ActionContext : ActionContext & { caller: Caller }

/** 一个动作：契约（types/api/<函数>.contract.ts）+ 用例 */
export interface ActionDef<C extends AnyContract = AnyContract> {
  contract: C
  run: (ctx: RunContext<C>, input: z.output<C['input']>) => Promise<OutputOf<C>>
}

export type AnyActionDef = ActionDef<any>

/** 定义动作：`defineAction(xContract['a.b'], async (ctx, input) => …)`；输入、输出与角色都来自契约 */
export function defineAction<C extends AnyContract>(contract: C, run: ActionDef<C>['run']): ActionDef<C> {
  return { contract, run }
}

/** 审计缺失：契约声明 audited 的动作没有调用 ctx.audit 就要答复成功 */
export class MissingAuditError extends Error {}

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
      const contract = def.contract
      const parsed = contract.input.safeParse(env.data.payload ?? {})
      if (!parsed.success) {
        return fail(new AppError('INPUT.INVALID', undefined, { fields: toFieldErrors(parsed.error) }))
      }
      const database = db()
      const now = opts.clock ? opts.clock() : new Date()
      const caller = await resolveCallerFor(contract.roles, database, openid, now, env.data)
      if (contract.roles !== 'unbound') {
        if (!caller) throw new AppError('AUTH.NOT_BOUND')
        if (contract.roles !== 'any' && !contract.roles.includes(caller.role)) throw new AppError('AUTH.FORBIDDEN')
      }
      let audited = false
      const ctx: ActionContext = {
        db: database,
        caller,
        openid,
        now,
        audit: async (action, targetIds) => {
          audited = true
          if (caller && targetIds.length > 0) await appendAudit(database, caller, action, targetIds, now)
        },
      }
      const data = await (def.run as (c: ActionContext, i: unknown) => Promise<unknown>)(ctx, parsed.data)
      if (contract.audited && !audited && contract.roles !== 'unbound') {
        throw new MissingAuditError(`动作 ${env.data.action} 在契约中标为 audited，却没有调用 ctx.audit 就答复了`)
      }
      return { ok: true, data: data ?? null }
    } catch (err) {
      if (err instanceof AppError) return fail(err)
      console.error('[xinqiao] unexpected error', err)
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } }
    }
  }
}
