/**
 * 学年工作计划：站长写条目（做什么、几月、谁负责、服务哪个考核指标），条目关联完成它的记录；
 * 月份已过而没有关联记录的条目标出。站长提交给校心理中心；提交后条目不再改，关联仍可补。
 */
import { isMonthFinished, schoolYearMonths } from '../../domain/calendar'
import { DEFAULT_ITEMS } from '../../domain/assessment/table'
import { type PlanItemView, type PlanView } from '../../types/api/station'
import { PLAN_LINK_LABELS, type PlanItem, type WorkPlanDoc } from '../../types/models-station'
import { loadStationInScope } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { getById, unwrap } from '../_lib/dbops'
import { AppError, invalidField, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { stationContract } from '../../types/api/station.contract'
import type { Database } from '../_lib/sdk'
import { iso, yearOrCurrent } from './common'
import { resolveLinks } from './links'
import { randomBytes } from 'node:crypto'

export const planIdOf = (stationId: string, schoolYear: string): string => `${stationId}:${schoolYear}`

const itemName = (id: string): string => DEFAULT_ITEMS.find((i) => i.id === id)?.name ?? id

/** 条目是否标出：月份已过且没有关联记录 */
export const planItemFlagged = (item: Pick<PlanItem, 'month' | 'links'>, now: Date): boolean =>
  item.links.length === 0 && isMonthFinished(item.month, now)

export function planView(stationId: string, schoolYear: string, doc: WorkPlanDoc | null, now: Date): PlanView {
  const items: PlanItemView[] = (doc?.items ?? []).map((i) => ({
    id: i.id, what: i.what, month: i.month, who: i.who, assessmentItemId: i.assessmentItemId, assessmentItemName: itemName(i.assessmentItemId),
    links: i.links.map((l) => ({ kind: l.kind, kindLabel: PLAN_LINK_LABELS[l.kind], id: l.id, label: l.label, verified: l.verified })),
    flagged: planItemFlagged(i, now),
  }))
  return {
    stationId, schoolYear, status: doc?.status ?? 'none', items, flaggedCount: items.filter((i) => i.flagged).length,
    ...(doc?.submittedAt ? { submittedAt: iso(doc.submittedAt), submittedByName: doc.submittedByName } : {}),
    ...(doc ? { updatedAt: iso(doc.updatedAt) } : {}),
  }
}

export const readPlan = (db: Database, stationId: string, schoolYear: string): Promise<WorkPlanDoc | null> =>
  getById<WorkPlanDoc>(db, COLLECTIONS.workPlans, planIdOf(stationId, schoolYear))

async function writePlan(db: Database, doc: WorkPlanDoc): Promise<void> {
  const { _id, ...rest } = doc
  unwrap(await db.collection(COLLECTIONS.workPlans).doc(_id).set(rest))
}

export const planGet = defineAction(stationContract['plan.get'], async ({ db, caller, now }, input): Promise<PlanView> => {
    const station = await loadStationInScope(db, caller, input.stationId)
    const schoolYear = yearOrCurrent(input.schoolYear, now)
    const doc = await readPlan(db, station._id, schoolYear)
    // 中心只看已提交的计划
    if (caller.role === 'center' && doc?.status !== 'submitted') return planView(station._id, schoolYear, null, now)
    return planView(station._id, schoolYear, doc, now)
  })

export const planSave = defineAction(stationContract['plan.save'], async ({ db, caller, now }, input): Promise<PlanView> => {
    const stationId = caller.stationId!
    const existing = await readPlan(db, stationId, input.schoolYear)
    if (existing?.status === 'submitted') throw new AppError('PLAN.ALREADY_SUBMITTED')
    const months = schoolYearMonths(input.schoolYear)
    const items: PlanItem[] = []
    // 先核实全部条目与关联，任何一处不对都不写入
    for (const [i, it] of input.items.entries()) {
      if (!months.includes(it.month)) throw invalidField(`items.${i}.month`, `月份须在 ${input.schoolYear} 学年内（${months[0]} 至 ${months[11]}）`)
      const before = existing?.items.find((x) => x.id === it.id)
      if (it.id && !before) throw invalidField(`items.${i}.id`, '计划中没有这个条目，请刷新后重试')
      const links = await resolveLinks(db, stationId, it.links, `items.${i}.links`, now, before?.links)
      items.push({ id: it.id ?? randomBytes(6).toString('hex'), what: it.what, month: it.month, who: it.who, assessmentItemId: it.assessmentItemId, links })
    }
    const doc: WorkPlanDoc = {
      _id: planIdOf(stationId, input.schoolYear), stationId, schoolYear: input.schoolYear, items: items.sort((a, b) => a.month.localeCompare(b.month)),
      status: 'draft', createdAt: existing?.createdAt ?? now, updatedAt: now,
    }
    await writePlan(db, doc)
    return planView(stationId, input.schoolYear, doc, now)
  })

export const planLink = defineAction(stationContract['plan.link'], async ({ db, caller, now }, input): Promise<PlanView> => {
    const stationId = caller.stationId!
    const doc = await readPlan(db, stationId, input.schoolYear)
    const item = doc?.items.find((i) => i.id === input.itemId)
    if (!doc || !item) throw notFound()
    item.links = await resolveLinks(db, stationId, input.links, 'links', now, item.links)
    doc.updatedAt = now
    await writePlan(db, doc)
    return planView(stationId, input.schoolYear, doc, now)
  })

export const planSubmit = defineAction(stationContract['plan.submit'], async ({ db, caller, now, audit }, input): Promise<PlanView> => {
    const stationId = caller.stationId!
    const doc = await readPlan(db, stationId, input.schoolYear)
    if (!doc) throw new AppError('STATE.INVALID_TRANSITION', '该学年还没有工作计划，请先填写条目')
    if (doc.status === 'submitted') return planView(stationId, input.schoolYear, doc, now)
    if (doc.items.length === 0) throw invalidField('items', '计划至少要有一个条目')
    Object.assign(doc, { status: 'submitted', submittedAt: now, submittedBy: caller.person._id, submittedByName: caller.person.name, updatedAt: now })
    await writePlan(db, doc)
    await audit('station.plan.submit', [doc._id])
    return planView(stationId, input.schoolYear, doc, now)
  })
