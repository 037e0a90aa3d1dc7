/**
 * 授权矩阵的策略表：每个 `<函数>.<动作>` 一条。策略按函数分文件放在 test/functions/authz/<fn>.policy.ts，
 * 每个文件 `export const policy: PolicyTable = { 'observations.report.submit': { … }, … }`。
 *
 *   'observations.report.submit': {
 *     roles: ['committee', 'observer'],                   // 允许的角色；'public' = 只需平台身份（如 bind）
 *     inScope: (f, who) => ({ … }),                        // 调用者范围内的目标（who 为调用者，见 MatrixCaller）
 *     outOfScope: (f, who) => ({ … }) | null,              // 范围外目标 → 期望 NOT_FOUND；null = 该动作没有范围目标
 *     setup: async (f, db) => ({ reportId: '…' }),         // 可选：准备记录，返回的 id 作为第三个参数传给 inScope/outOfScope
 *   }
 *
 * 期望（见 authz-matrix.test.ts）：
 * - 允许的角色 + inScope → OK（或 allowedCodes 写明的答复），答复中没有 absent 列出的范围外记录；+ outOfScope → NOT_FOUND
 * - 不允许的角色 → AUTH.FORBIDDEN
 * - otherHead（另一站点的站长）：若 head 被允许且动作有范围目标，用 inScope(f, 'head') 调用 → NOT_FOUND；无目标 → 正常
 * - expired（任期已结束）→ AUTH.ROLE_ENDED；unbound（未绑定）→ AUTH.NOT_BOUND（'public' 动作除外：不得返回 AUTH.*）
 * 每个动作在清空并重建的夹具上单独执行；同一动作内调用顺序为 MATRIX_CALLERS 的顺序。
 */
import fs from 'fs'
import path from 'path'
import type { Database } from '../../cloudfunctions/_lib/sdk'
import type { Role } from '../../types/domain'
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
   * 列表的范围外探针：夹具中范围外记录的 id（或范围外单位的 id），允许的调用者（及另一站点的站长）范围内调用的答复中
   * 一个也不得出现。列表动作没有可指定范围外目标的过滤条件时用它（outOfScope 为 null）。
   */
  absent?: (f: Fixture, who: MatrixCaller, ids: SetupIds) => string[]
  /** 允许的调用者预期得到的非 OK 答复（须写明，如 { counselorA: ['STATE.INVALID_TRANSITION'] }）；其余一律须 OK */
  allowedCodes?: Partial<Record<MatrixCaller, string[]>>
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
