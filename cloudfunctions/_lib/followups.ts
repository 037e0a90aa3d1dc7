/**
 * 重点关注的跟进事实（counseling 各用例与逾期提醒任务共用）：由 talks 推导每个学生的最近联系与谈话填的“下次跟进”，
 * 以及一批条目中逾期的（规则在 domain/followup.ts）。
 */
import { followUpState, type FollowUpEntry, type FollowUpTalk } from '../../domain/followup'
import { COLLECTIONS } from './collections'
import { fetchAll } from './dbops'
import type { Database } from './sdk'

/** 每个学生的谈话事实：最近联系（最近一次谈话日期）与填了“下次跟进”的谈话（由 talks 推导） */
export interface TalkFacts {
  lastContact: Map<string, string>
  followUps: Map<string, FollowUpTalk[]>
}

type TalkFactRow = { studentId: string; date: string; followUpDate?: string; createdAt: Date }

/** 由读出的谈话推导谈话事实（纯函数；rows 的顺序不影响结果） */
export function talkFactsOf(rows: readonly TalkFactRow[], facts: TalkFacts = { lastContact: new Map(), followUps: new Map() }): TalkFacts {
  for (const r of rows) {
    const prev = facts.lastContact.get(r.studentId)
    if (!prev || r.date > prev) facts.lastContact.set(r.studentId, r.date)
    if (r.followUpDate) facts.followUps.set(r.studentId, [...(facts.followUps.get(r.studentId) ?? []), { followUpDate: r.followUpDate, createdAt: r.createdAt }])
  }
  return facts
}

export async function talkFactsByStudent(db: Database, stationId: string | null, studentIds: string[]): Promise<TalkFacts> {
  const facts: TalkFacts = { lastContact: new Map(), followUps: new Map() }
  const uniq = [...new Set(studentIds)]
  for (let i = 0; i < uniq.length; i += 500) {
    const chunk = uniq.slice(i, i + 500)
    const where: Record<string, unknown> = { studentId: { $in: chunk } }
    if (stationId) where.stationId = stationId
    const rows = await fetchAll<TalkFactRow>(
      db.collection(COLLECTIONS.talks).where(where).field({ studentId: true, date: true, followUpDate: true, createdAt: true }) as never,
      50_000,
    )
    talkFactsOf(rows, facts)
  }
  return facts
}

/** 一批条目中逾期的（读一次这些学生的谈话） */
export async function overdueEntries<E extends FollowUpEntry & { studentId: string }>(db: Database, entries: E[], today: string): Promise<E[]> {
  const open = entries.filter((e) => e.status === 'active')
  if (!open.length) return []
  const { followUps } = await talkFactsByStudent(db, null, open.map((e) => e.studentId))
  return open.filter((e) => followUpState(e, followUps.get(e.studentId) ?? [], today).overdue)
}
