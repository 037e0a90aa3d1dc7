/**
 * 培训签到码：6 位，每分钟更换。由场次密钥与分钟序号的 HMAC 确定地算出，所以每分钟换码不写数据库。
 * 当前分钟与上一分钟的码都有效（组织者屏幕换码时正在输入的人不受影响）；更早的码为“已过期”。
 */
import { createHmac } from 'crypto'

/** 去掉易混淆字符（0/O、1/I）的 32 个字符 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const MINUTE_MS = 60_000
/** 签到窗口：开始前 10 分钟至结束时刻 */
export const SIGNIN_EARLY_MINUTES = 10

export const minuteOf = (at: Date): number => Math.floor(at.getTime() / MINUTE_MS)

export function codeForMinute(secret: string, trainingId: string, minute: number): string {
  const mac = createHmac('sha256', secret).update(`${trainingId}:${minute}`).digest()
  let out = ''
  for (let i = 0; i < 6; i++) out += ALPHABET[mac[i] % ALPHABET.length]
  return out
}

export function signInWindow(t: { startsAt: Date | string; endsAt: Date | string }): { opensAt: Date; closesAt: Date } {
  return { opensAt: new Date(new Date(t.startsAt).getTime() - SIGNIN_EARLY_MINUTES * MINUTE_MS), closesAt: new Date(t.endsAt) }
}

export function inWindow(t: { startsAt: Date | string; endsAt: Date | string }, now: Date): boolean {
  const w = signInWindow(t)
  return now.getTime() >= w.opensAt.getTime() && now.getTime() <= w.closesAt.getTime()
}

/** 当前显示的码及其失效时刻 */
export function currentCode(secret: string, trainingId: string, now: Date): { code: string; expiresAt: Date } {
  const m = minuteOf(now)
  return { code: codeForMinute(secret, trainingId, m), expiresAt: new Date((m + 1) * MINUTE_MS) }
}

/** 核对输入的码：valid（本分钟或上一分钟）、expired（窗口内更早分钟的码）、wrong */
export function checkCode(
  secret: string,
  t: { _id: string; startsAt: Date | string; endsAt: Date | string },
  code: string,
  now: Date,
): 'valid' | 'expired' | 'wrong' {
  const m = minuteOf(now)
  if (code === codeForMinute(secret, t._id, m) || code === codeForMinute(secret, t._id, m - 1)) return 'valid'
  const first = minuteOf(signInWindow(t).opensAt)
  for (let k = m - 2; k >= first; k--) if (code === codeForMinute(secret, t._id, k)) return 'expired'
  return 'wrong'
}
