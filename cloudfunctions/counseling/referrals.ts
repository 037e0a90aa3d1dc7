/**
 * 转介个案（校心理中心）：只能看到已转介到中心的个案及其谈话记录；中心的反馈辅导员可见。
 */
import {
  type Page, type ReferralDetail, type ReferralListItem,
} from '../../types/api/counseling'
import type { StationDoc } from '../../types/models'
import type { CenterFeedback, KeyCareDoc } from '../../types/models-counseling'
import { CENTER_CASE_WHERE, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import { skipOf } from '../../types/api/paging'
import type { Database } from '../_lib/sdk'
import { fetchAll, getByIds } from '../_lib/dbops'
import { hist, mutateEntry } from '../_lib/keycare/entry'
import { listItems, readEntryCase, sortItems, type EntryCase } from './keycare-views'
import { entryDetail } from './keycare'
import { notifyPeople } from './notify'
import { talkView } from './talks'
import { pageUrl } from '../../types/routes'

/** 读取转介到中心的个案；未转介到中心即 NOT_FOUND */
/** 转介到中心的条目及其旁证；不是转介个案即 NOT_FOUND */
async function loadCase(db: Database, id: string): Promise<EntryCase> {
  const c = await readEntryCase(db, id)
  if (!c || !c.entry.centerReferredAt) throw notFound()
  return c
}

export const referralList = defineAction(counselingContract['referral.list'], async ({ db, now, audit }, input) => {
    const where: Record<string, unknown> = { ...CENTER_CASE_WHERE }
    if (input.stationId) where.stationId = input.stationId
    const entries = await fetchAll<KeyCareDoc>(db.collection(COLLECTIONS.keyCare).where(where) as never, 5000)
    const stations = await getByIds<StationDoc>(db, COLLECTIONS.stations, entries.map((e) => e.stationId))
    const byId = new Map(entries.map((e) => [e._id, e]))
    const items = sortItems(await listItems(db, entries, now)).map((i): ReferralListItem => {
      const e = byId.get(i.id)!
      return { ...i, stationId: e.stationId, stationName: stations.get(e.stationId)?.name ?? '', feedbackCount: (e.centerFeedback ?? []).length }
    })
    const skip = skipOf(input)
    const page: Page<ReferralListItem> = { items: items.slice(skip, skip + input.pageSize), total: items.length, page: input.page, pageSize: input.pageSize }
    await audit('counseling.referral.list', page.items.flatMap((i) => [i.id, i.studentId]))
    return page
  })

async function caseDetail(db: Database, caller: Caller, c: EntryCase, now: Date): Promise<ReferralDetail> {
  const { detail, sources } = await entryDetail(db, caller, c, now)
  const className = c.cls?.name ?? ''
  const talks = [...sources.talks].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, 500)
  return { entry: detail, stationName: c.station?.name ?? '', talks: talks.map((t) => talkView(t, className)) }
}

export const referralGet = defineAction(counselingContract['referral.get'], async ({ db, caller, now, audit }, input) => {
    const c = await loadCase(db, input.id)
    const detail = await caseDetail(db, caller, c, now)
    await audit('counseling.referral.get', [c.entry._id, c.entry.studentId, ...detail.talks.map((t) => t.id)])
    return detail
  })

export const referralFeedback = defineAction(counselingContract['referral.feedback'], async (ctx, input) => {
    const { db, caller, now } = ctx
    const current = await loadCase(db, input.id)
    const fb: CenterFeedback = { at: now, by: caller.person._id, byName: caller.person.name, text: input.text }
    const { entry } = await mutateEntry(db, current.entry._id, now, (e) => ({
      set: { centerFeedback: [...(e.centerFeedback ?? []), fb] },
      history: [hist(caller.person._id, 'center_feedback', now)],
    }))
    await notifyPeople(ctx, [entry.counselorId], {
      kind: 'feedback',
      title: `校心理中心反馈：${entry.studentName}`,
      body: input.text,
      link: pageUrl('counselor', 'keycare-detail', { id: entry._id }),
    })
    const siblings = current.siblings.map((x) => (x._id === entry._id ? entry : x))
    return caseDetail(db, caller, { ...current, entry, siblings }, now)
  })
