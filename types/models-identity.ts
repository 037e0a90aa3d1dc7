import type { Role } from './domain'

/** 邀请码（库中只存 sha256 散列）。一个角色 + 一个范围，单次使用、会过期、可撤销。 */
export interface InviteDoc {
  _id: string
  codeHash: string
  stationId: string
  role: Role
  /** committee：班级 */
  classId?: string
  /** observer：宿舍 */
  dormId?: string
  /** counselor：负责的班级与宿舍 */
  classIds?: string[]
  dormIds?: string[]
  /** 换岗交接：绑定后结束这个任职 */
  successorOf?: string
  /** 新任职的任期结束时刻 */
  termEnd?: Date
  expiresAt: Date
  /** 签发人 personId */
  createdBy: string
  createdAt: Date
  usedAt?: Date
  usedBy?: string
  revokedAt?: Date
}

/** 一次性建站码：兑换后成为该站第一位站长 */
export interface SetupCodeDoc {
  _id: string
  codeHash: string
  stationId: string
  expiresAt: Date
  usedAt?: Date
  usedBy?: string
  createdAt: Date
}

/** 绑定尝试计数（_id = openid），用于限流 */
export interface BindAttemptDoc {
  _id: string
  count: number
  windowStart: Date
}
