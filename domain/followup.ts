/**
 * 重点关注的下次跟进与逾期：唯一的规则（重点关注库列表、本周、月报、逾期提醒任务共用）。
 * 下次跟进日期 = 最后一次设定的那个：入库或修改条目时设定的日期，或之后记录的谈话填的“下次跟进”。
 * 逾期 = 关注中（已转介、已解除不算）且下次跟进日期早于“今天”（北京时间日期）。
 */

/** 条目中与跟进有关的字段 */
export interface FollowUpEntry {
  status: string
  nextFollowUp: string
  history?: Array<{ at: Date | string; change: string; from?: string; to?: string }>
}

/** 该生一次谈话中与跟进有关的字段（createdAt：记录时刻） */
export interface FollowUpTalk {
  followUpDate?: string | null
  createdAt: Date | string
}

const ms = (at: Date | string): number => new Date(at).getTime()

/**
 * 截至时刻 asOf（不给即“现在”，全部计入）有效的下次跟进日期 'YYYY-MM-DD'。
 * 条目自身的值按 asOf 之后的修改（history 的 follow_up）倒推；谈话只有记录晚于条目最后一次设定才算数。
 */
export function followUpDue(entry: FollowUpEntry, talks: readonly FollowUpTalk[], asOf?: Date): string {
  const limit = asOf ? asOf.getTime() : Infinity
  const history = entry.history ?? []
  const changes = history.filter((h) => h.change === 'follow_up').sort((a, b) => ms(a.at) - ms(b.at))
  const enter = history.find((h) => h.change === 'enter')
  // asOf 时条目上的值：asOf 之后第一次修改前的值（没有之后的修改即当前值）
  const after = changes.find((c) => ms(c.at) > limit)
  let value = after?.from ?? entry.nextFollowUp
  const before = changes.filter((c) => ms(c.at) <= limit)
  const setAt = before.length ? ms(before[before.length - 1].at) : enter ? ms(enter.at) : -Infinity
  let talkAt = -Infinity
  for (const t of talks) {
    const at = ms(t.createdAt)
    if (!t.followUpDate || at > limit || at < setAt || at < talkAt) continue
    talkAt = at
    value = t.followUpDate
  }
  return value
}

/** 逾期：关注中且下次跟进日期早于 today（'YYYY-MM-DD'，北京时间；月报按月末口径传下月首日） */
export function isFollowUpOverdue(status: string, due: string, today: string): boolean {
  return status === 'active' && due < today
}

/** 条目当前的下次跟进日期与是否逾期（talks：该生填了“下次跟进”的谈话；today：北京时间日期） */
export function followUpState(e: FollowUpEntry, talks: readonly FollowUpTalk[], today: string): { due: string; overdue: boolean } {
  const due = followUpDue(e, talks)
  return { due, overdue: isFollowUpOverdue(e.status, due, today) }
}
