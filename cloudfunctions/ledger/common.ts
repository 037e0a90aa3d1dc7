/**
 * ledger 云函数内部的小工具（不含范围判断：范围只在 _lib/access；数据库读写用 _lib/dbops 与 _lib/docs）。
 */
import { randomBytes } from 'crypto'

export const secret = (): string => randomBytes(24).toString('hex')
