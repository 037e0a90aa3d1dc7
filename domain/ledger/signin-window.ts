/** 培训签到窗口：开始前 10 分钟至结束时刻（ledger 的签到与工作台的“培训签到”共用） */
const MINUTE_MS = 60_000
export const SIGNIN_EARLY_MINUTES = 10

export function signInWindow(t: { startsAt: Date | string; endsAt: Date | string }): { opensAt: Date; closesAt: Date } {
  return { opensAt: new Date(new Date(t.startsAt).getTime() - SIGNIN_EARLY_MINUTES * MINUTE_MS), closesAt: new Date(t.endsAt) }
}

export function inWindow(t: { startsAt: Date | string; endsAt: Date | string }, now: Date): boolean {
  const w = signInWindow(t)
  return now.getTime() >= w.opensAt.getTime() && now.getTime() <= w.closesAt.getTime()
}
