import type { Role } from './domain'

/**
 * 本地开发登录的演示身份（GET /api/dev/users，仅模拟器本地模式）。
 * 由 scripts/start.ts 从数据库中的使用者与生效任职生成。
 */
export interface DevUser {
  openid: string
  name: string
  assignments: { role: Role; scopeLabel: string; stationName?: string }[]
}
