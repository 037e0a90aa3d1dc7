/**
 * 授权矩阵的策略表：每个 `<函数>.<动作>` 一条。策略按函数分文件放在 test/functions/authz/<fn>.policy.ts，
 * 每个文件 `export const policy: PolicyTable = { 'observations.report.submit': { … }, … }`。
 *
 *   'observations.report.submit': {
 *     roles: ['committee', 'observer'],                   // 允许的角色；'public' = 只需平台身份（如 bind）
 *     inScope: (f, who) => ({ … }),                        // 调用者范围内的目标（who 为调用者，见 MatrixCaller）
 *     outOfScope: (f, who) => ({ … }) | null,              // 范围外目标 → 期望 NOT_FOUND；null = 该动作没有范围目标
 *     setup: async (f, db) => ({ reportId: '…' }),         // 可选：准备记录，返回的 id 作为第三个参数传给 inScope/outOfScope
 *     listProbe: (f, who) => [f.classes.C],                 // 列表：答复中不得出现的范围外记录
 *     answers: { why: '…', codes: { head: ['X.Y'] } },      // 可选：样例负载到达的业务答复
 *   }
 *
 * 期望（见 authz-matrix.test.ts）：
 * - 允许的角色 + inScope → OK，或 answers 为该调用者写明的答复；+ outOfScope → NOT_FOUND
 * - 列表：outOfScope 给出范围外的过滤条件（→ NOT_FOUND），或 listProbe 列出范围外记录（答复中一个也不得出现），或两者都有
 * - 不允许的角色 → AUTH.FORBIDDEN
 * - otherHead（另一站点的站长）：若 head 被允许且动作有范围目标，用 inScope(f, 'head') 调用 → NOT_FOUND；无目标 → 正常
 * - expired（任期已结束）→ AUTH.ROLE_ENDED；unbound（未绑定）→ AUTH.NOT_BOUND（'public' 动作：OK 或 answers 写明的答复）
 * “允许”从不悄悄包含 CONFLICT 或 STATE.*：除 OK 外只认 answers 写明的代码，且须是该动作契约列出的错误码、附理由。
 * 每个动作在清空并重建的夹具上单独执行；同一动作内调用顺序为 MATRIX_CALLERS 的顺序。
 */
import fs from 'fs'
import path from 'path'
import type { Database } from '../../cloudfunctions/_lib/sdk'
import type { Role } from '../../types/domain'
import type { ErrorCode } from '../../types/errors'
import type { Fixture } from '../support/fixtures'

export const MATRIX_CALLERS = ['head', 'counselorA', 'committeeA', 'observerA', 'center', 'otherHead', 'expired', 'unbound'] as const
export type MatrixCaller = (typeof MATRIX_CALLERS)[number]

/** 矩阵调用者对应的角色 */
export const CALLER_ROLE: Record<Exclude<MatrixCaller, 'expired' | 'unbound'>, Role> = {
  head: 'head',
  counselorA: 'counselor',
  committeeA: 'committee',
  observerA: 'observer',
  center: 'center',
  otherHead: 'head',
}

export type SetupIds = Record<string, string>

export interface ActionPolicy {
  roles: Role[] | 'public'
  inScope: (f: Fixture, who: MatrixCaller, ids: SetupIds) => unknown
  outOfScope: (f: Fixture, who: MatrixCaller, ids: SetupIds) => unknown | null
  setup?: (f: Fixture, db: Database) => Promise<SetupIds | void>
  /**
   * 列表的范围外探针：夹具中范围外记录的 id（或范围外单位、学生的 id），允许的调用者（及另一站点的站长）范围内调用的答复中
   * 一个也不得出现（按完整 id 匹配，前后不能紧挨字母、数字、- 或 _）。站点级的列表（站长、中心）用另一站点的记录。
   */
  listProbe?: (f: Fixture, who: MatrixCaller, ids: SetupIds) => string[]
  /**
   * 允许的调用者预期得到的非 OK 答复：why 说明样例负载为何到达这一步，codes 按调用者列出代码（须在该动作契约的 errors 中）。
   * 不写明的任何非 OK 答复（尤其 CONFLICT、STATE.*）都算失败。
   */
  answers?: { why: string; codes: Partial<Record<MatrixCaller, readonly ErrorCode[]>> }
  /** 没有范围外的目标也没有可探的范围外记录时写明原因（如只作用于本人、全校共用的设置）；否则矩阵的完整性检查失败 */
  unscoped?: string
  /** 不参与矩阵（如仅定时触发的动作），须写明原因 */
  skip?: string
}

export type PolicyTable = Record<string, ActionPolicy>

export const MATRIX_FUNCTIONS = ['identity', 'observations', 'counseling', 'reports', 'ledger', 'station', 'assessment', 'jobs'] as const

/** 读取已存在的全部策略文件 */
export function loadPolicies(): PolicyTable {
  const dir = path.join(__dirname, 'authz')
  const table: PolicyTable = {}
  if (!fs.existsSync(dir)) return table
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.policy.ts')).sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as { policy?: PolicyTable }
    Object.assign(table, mod.policy ?? {})
  }
  return table
}

/** 同一个业务答复给若干调用者 */
export function answer(why: string, code: ErrorCode, callers: readonly MatrixCaller[]): NonNullable<ActionPolicy['answers']> {
  return { why, codes: Object.fromEntries(callers.map((c) => [c, [code]])) }
}

/** 样例 fileID 不是调用者经 file.prepare 得到的：角色关口之后，文件归属检查答复 FILE.NOT_YOURS */
export const notYourFile = (callers: readonly MatrixCaller[]) =>
  answer('样例 fileID 不是调用者经 file.prepare 得到的：角色关口之后，文件归属检查答复 FILE.NOT_YOURS', 'FILE.NOT_YOURS', callers)
