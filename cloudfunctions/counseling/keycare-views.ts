/**
 * 重点关注学生库的读取与视图：详情一次读出、列表项与推导字段（条目的变更在 _lib/keycare/）。
 * 最近联系 = 该生谈话记录的最大日期；下次跟进与逾期按 domain/followup.ts 的规则（之后谈话填的“下次跟进”也算）。
 */
import { followUpState, type FollowUpTalk } from '../../domain/followup'
import { LEVEL_RANK } from '../../domain/levels'
import type { KeyCareListItem, PendingApprovalView } from '../../types/api/counseling'
import type { ClassDoc, StationDoc, StudentDoc } from '../../types/models'
import type { ApprovalDoc, KeyCareDoc } from '../../types/models-counseling'
import { COLLECTIONS } from '../_lib/collections'
import type { Database } from '../_lib/sdk'
import { talkFactsByStudent, type TalkFacts } from '../_lib/followups'
import { getByIds, getWithLookups } from '../_lib/dbops'
import { loadClasses } from '../_lib/docs'
import { shanghaiDate } from '../../domain/calendar'

/** 条目连同其学生、班级、站点、待审批申请与该生的全部条目（详情页一次读出） */
export interface EntryCase {
  entry: KeyCareDoc
  student?: StudentDoc
  cls?: ClassDoc
  station?: StationDoc
  approval?: ApprovalDoc
  /** 该生的全部重点关注条目（含 entry 本身） */
  siblings: KeyCareDoc[]
}

/** 读取条目及其旁证（一次聚合）；不存在为 null（范围由调用方检查） */
export async function readEntryCase(db: Database, id: string): Promise<EntryCase | null> {
  type Row = KeyCareDoc & { s: StudentDoc[]; c: ClassDoc[]; st: StationDoc[]; a: ApprovalDoc[]; sib: KeyCareDoc[] }
  const row = await getWithLookups<Row>(db, COLLECTIONS.keyCare, id, {
    s: [COLLECTIONS.students, 'studentId', '_id'],
    c: [COLLECTIONS.classes, 'classId', '_id'],
    st: [COLLECTIONS.stations, 'stationId', '_id'],
    a: [COLLECTIONS.approvals, 'pendingApprovalId', '_id'],
    sib: [COLLECTIONS.keyCare, 'studentId', 'studentId'],
  })
  if (!row) return null
  const { s, c, st, a, sib, ...entry } = row
  return {
    entry: entry as KeyCareDoc,
    student: s[0],
    cls: c[0],
    station: st[0],
    approval: entry.pendingApprovalId ? a[0] : undefined,
    siblings: [...sib].sort((x, y) => (x._id < y._id ? -1 : 1)),
  }
}

export function pendingView(a: ApprovalDoc | undefined): PendingApprovalView | null {
  return a && a.status === 'pending' ? { id: a._id, kind: a.kind, payload: a.payload } : null
}

export function listItem(
  e: KeyCareDoc,
  ctx: { className: string; lastContact: string | null; followUps: readonly FollowUpTalk[]; today: string; pending: ApprovalDoc | undefined },
): KeyCareListItem {
  const follow = followUpState(e, ctx.followUps, ctx.today)
  return {
    id: e._id,
    studentId: e.studentId,
    studentName: e.studentName,
    className: ctx.className,
    level: e.level,
    categories: e.categories,
    enteredAt: e.enteredAt,
    source: e.source,
    counselorName: e.counselorName,
    lastContact: ctx.lastContact,
    nextFollowUp: follow.due,
    status: e.status,
    overdue: follow.overdue,
    ...(e.referral ? { referral: { to: e.referral.to, date: e.referral.date, party: e.referral.party } } : {}),
    pendingApproval: pendingView(ctx.pending),
  }
}

/** 列表项所需的旁证：班级、谈话事实、待审批申请（调用方已读出的可直接传入） */
export interface ItemFacts {
  classes: Map<string, ClassDoc>
  talks: TalkFacts
  approvals: Map<string, ApprovalDoc>
}

/** 由已读出的旁证生成列表项（纯函数） */
export function listItemsFrom(entries: KeyCareDoc[], facts: ItemFacts, now: Date): KeyCareListItem[] {
  const today = shanghaiDate(now)
  return entries.map((e) =>
    listItem(e, {
      className: facts.classes.get(e.classId)?.name ?? '',
      lastContact: facts.talks.lastContact.get(e.studentId) ?? null,
      followUps: facts.talks.followUps.get(e.studentId) ?? [],
      today,
      pending: e.pendingApprovalId ? facts.approvals.get(e.pendingApprovalId) : undefined,
    }),
  )
}

/** 批量生成列表项：补班级名、最近联系（由谈话推导）、待审批申请 */
export async function listItems(db: Database, entries: KeyCareDoc[], now: Date): Promise<KeyCareListItem[]> {
  if (entries.length === 0) return []
  const byStation = new Map<string, string[]>()
  for (const e of entries) byStation.set(e.stationId, [...(byStation.get(e.stationId) ?? []), e.studentId])
  const perStation = await Promise.all([...byStation].map(([st, ids]) => talkFactsByStudent(db, st, ids)))
  const talks: TalkFacts = { lastContact: new Map(), followUps: new Map() }
  for (const f of perStation) {
    f.lastContact.forEach((v, k) => talks.lastContact.set(k, v))
    f.followUps.forEach((v, k) => talks.followUps.set(k, v))
  }
  const [classes, approvals] = await Promise.all([
    loadClasses(db, entries.map((e) => e.classId)),
    getByIds<ApprovalDoc>(db, COLLECTIONS.approvals, entries.map((e) => e.pendingApprovalId ?? '').filter(Boolean)),
  ])
  return listItemsFrom(entries, { classes, talks, approvals }, now)
}

/** 列表排序：逾期优先，其次等级高者，其次下次跟进日期早者 */
export function sortItems(items: KeyCareListItem[]): KeyCareListItem[] {
  return [...items].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
      a.nextFollowUp.localeCompare(b.nextFollowUp) ||
      a.studentName.localeCompare(b.studentName, 'zh'),
  )
}
