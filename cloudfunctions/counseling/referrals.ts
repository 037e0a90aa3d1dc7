/**
 * 转介个案（校心理中心）：只能看到已转介到中心的个案及其谈话记录；中心的反馈辅导员可见。
 */
import {
  type Page, type ReferralDetail, type ReferralListItem,
} from '../../types/api/counseling'
import type { StationDoc } from '../../types/models'
import type { CenterFeedback, KeyCareDoc, TalkDoc } from '../../types/models-counseling'
import { CENTER_CASE_WHERE, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import { skipOf } from '../../types/api/paging'
import type { Database } from '../_lib/sdk'
import { fetchAll, getByIds, getDoc, loadClasses } from './common'
import { hist, listItems, mutateEntry, sortItems } from './keycare-core'
import { entryDetail } from './keycare'
import { notifyPeople } from './notify'
import { talkView } from './talks'

/** 读取转介到中心的个案；未转介到中心即 NOT_FOUND */
async function loadCase(db: Database, id: string): Promise<KeyCareDoc> {
  const e = await getDoc<KeyCareDoc>(db, COLLECTIONS.keyCare, id)
  if (!e || !e.centerReferredAt) throw notFound()
  return e
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

async function caseDetail(db: Database, caller: Caller, e: KeyCareDoc, now: Date): Promise<ReferralDetail> {
  const [entry, station, talks, classes] = await Promise.all([
    entryDetail(db, caller, e, now),
    getDoc<StationDoc>(db, COLLECTIONS.stations, e.stationId),
    fetchAll<TalkDoc>(db.collection(COLLECTIONS.talks).where({ stationId: e.stationId, studentId: e.studentId }).orderBy('date', 'desc') as never, 500),
    loadClasses(db, [e.classId]),
  ])
  const className = classes.get(e.classId)?.name ?? ''
  return { entry, stationName: station?.name ?? '', talks: talks.map((t) => talkView(t, className)) }
}

export const referralGet = defineAction(counselingContract['referral.get'], async ({ db, caller, now, audit }, input) => {
    const e = await loadCase(db, input.id)
    const detail = await caseDetail(db, caller, e, now)
    await audit('counseling.referral.get', [e._id, e.studentId, ...detail.talks.map((t) => t.id)])
    return detail
  })

export const referralFeedback = defineAction(counselingContract['referral.feedback'], async (ctx, input) => {
    const { db, caller, now } = ctx
    const current = await loadCase(db, input.id)
    const fb: CenterFeedback = { at: now, by: caller.person._id, byName: caller.person.name, text: input.text }
    const { entry } = await mutateEntry(db, current._id, now, (e) => ({
      set: { centerFeedback: [...(e.centerFeedback ?? []), fb] },
      history: [hist(caller.person._id, 'center_feedback', now)],
    }))
    await notifyPeople(ctx, [entry.counselorId], {
      kind: 'feedback',
      title: `校心理中心反馈：${entry.studentName}`,
      body: input.text,
      link: `/packages/counselor/pages/keycare-detail/index?id=${entry._id}`,
    })
    return caseDetail(db, caller, entry, now)
  })
