/**
 * 计划条目关联的记录：按种类核实记录存在且属于本站，否则以字段路径拒绝。
 * 培训、宣教活动、研判会、深入宿舍是台账 I（ledger 云函数）的记录：其集合存在时同样核实；
 * 集合尚未建立时接受 id 并标为未核实（合入后再次关联即核实）。
 */
import { PLAN_LINK_LABELS, type PlanLink, type PlanLinkKind } from '../../types/models-station'
import { COLLECTIONS } from '../_lib/collections'
import { invalidField } from '../_lib/errors'
import type { Database } from '../_lib/sdk'

/** 台账 I 的记录所在集合 */
export const LEDGER_I_COLLECTIONS: Record<Exclude<PlanLinkKind, 'screening' | 'monthly'>, string> = {
  training: COLLECTIONS.trainings, activity: COLLECTIONS.activities, case_review: COLLECTIONS.caseReviews, dorm_visit: COLLECTIONS.dormVisits,
}

type Found = { stationId?: string; title?: string; name?: string; month?: string } | null | 'no_collection'

async function findRecord(db: Database, collection: string, id: string): Promise<Found> {
  try {
    const res = (await db.collection(collection).doc(id).get()) as { data?: Found[]; code?: string }
    if (res.code === 'DATABASE_COLLECTION_NOT_EXIST') return 'no_collection'
    if (res.code) throw new Error(`[db] ${res.code}`)
    return (res.data?.[0] ?? null) as Found
  } catch (err) {
    if ((err as { code?: string }).code === 'DATABASE_COLLECTION_NOT_EXIST') return 'no_collection'
    throw err
  }
}

function labelOf(kind: PlanLinkKind, doc: Exclude<Found, null | 'no_collection'>, id: string): string {
  if (kind === 'monthly') return `${doc.month ?? ''} 月报`
  return doc.title ?? doc.name ?? `${PLAN_LINK_LABELS[kind]} ${id}`
}

/** 核实一条关联；path 为出错时指出的字段（如 'items.2.links.0.id'） */
export async function resolveLink(db: Database, stationId: string, link: { kind: PlanLinkKind; id: string }, path: string, now: Date): Promise<PlanLink> {
  const collection = link.kind === 'monthly' ? COLLECTIONS.monthlyReports
    : link.kind === 'screening' ? COLLECTIONS.screeningRounds : LEDGER_I_COLLECTIONS[link.kind]
  const found = await findRecord(db, collection, link.id)
  const kindLabel = PLAN_LINK_LABELS[link.kind]
  if (found === 'no_collection') {
    if (link.kind === 'monthly' || link.kind === 'screening') throw invalidField(path, `未找到本站的这条${kindLabel}记录`)
    return { kind: link.kind, id: link.id, label: `${kindLabel} ${link.id}`, verified: false, linkedAt: now }
  }
  if (!found || found.stationId !== stationId) throw invalidField(path, `未找到本站的这条${kindLabel}记录，只能关联本站的记录`)
  return { kind: link.kind, id: link.id, label: labelOf(link.kind, found, link.id), verified: true, linkedAt: now }
}

/** 核实一组关联（去重，保留已有关联的关联时间） */
export async function resolveLinks(
  db: Database, stationId: string, links: Array<{ kind: PlanLinkKind; id: string }>, pathPrefix: string, now: Date, previous: PlanLink[] = [],
): Promise<PlanLink[]> {
  const out: PlanLink[] = []
  const seen = new Set<string>()
  for (const [i, l] of links.entries()) {
    const key = `${l.kind}:${l.id}`
    if (seen.has(key)) continue
    seen.add(key)
    const r = await resolveLink(db, stationId, l, `${pathPrefix}.${i}.id`, now)
    const before = previous.find((p) => p.kind === l.kind && p.id === l.id)
    out.push(before ? { ...r, linkedAt: before.linkedAt } : r)
  }
  return out
}
