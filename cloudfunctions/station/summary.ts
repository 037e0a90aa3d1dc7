/**
 * 学年工作总结：学年末（6 月起）由记录起草（计划条目完成情况 + 全年数字），站长修改后提交；
 * 提交冻结为一个带版本号的快照，中心可退回（与月报同一做法：以 { _id, rev, status } 为条件更新，重复提交只生效一次）。
 */
import { schoolYearDates, shanghaiDate } from '../../domain/calendar'
import { DEFAULT_ITEMS } from '../../domain/assessment/table'
import { planRows, summaryFigures } from '../../domain/station/summary'
import { type SummaryView } from '../../types/api/station'
import type { StationDoc } from '../../types/models'
import type { SummaryContent, SummaryReturn, SummaryVersion, WorkSummaryDoc } from '../../types/models-station'
import { loadStationInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { getById, insertOnce, updateWhere } from '../_lib/dbops'
import { AppError, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { stationContract } from '../../types/api/station.contract'
import { notify } from '../_lib/notify'
import { headsOf } from '../_lib/responsible'
import type { Database } from '../_lib/sdk'
import { iso, yearOrCurrent } from './common'
import { readPlan } from './plan'
import { loadYearRecords } from './year-input'
import { pageUrl } from '../../types/routes'

export const HEAD_SUMMARY_PAGE = pageUrl('head', 'summary')
export const summaryIdOf = (stationId: string, schoolYear: string): string => `${stationId}:${schoolYear}`
const itemName = (id: string): string => DEFAULT_ITEMS.find((i) => i.id === id)?.name ?? id

/** 学年末：第二个自然年的 6 月 1 日起可以起草 */
export const summaryOpensOn = (schoolYear: string): string => `${schoolYearDates(schoolYear).last.slice(0, 4)}-06-01`

export function summaryView(station: StationDoc, schoolYear: string, doc: WorkSummaryDoc | null, source: 'working' | 'snapshot'): SummaryView {
  const base = { stationId: station._id, stationName: station.name, schoolYear }
  if (!doc) return { ...base, status: 'none', editable: false, source, rev: 0, version: 0, content: null, versions: [], returns: [] }
  const content = source === 'snapshot' ? doc.versions[doc.versions.length - 1]?.snapshot ?? null : doc.content
  return {
    ...base, status: doc.status, editable: source === 'working' && doc.status !== 'submitted', source, rev: doc.rev, version: doc.version, content,
    generatedAt: iso(doc.generatedAt), ...(doc.submittedAt ? { submittedAt: iso(doc.submittedAt) } : {}),
    ...(doc.returnComment ? { returnComment: doc.returnComment } : {}),
    versions: doc.versions.map((v) => ({ version: v.version, submittedAt: iso(v.submittedAt)!, submittedByName: v.submittedByName })),
    returns: doc.returns.map((r) => ({ version: r.version, at: iso(r.at)!, byName: r.byName, comment: r.comment })),
  }
}

const readSummary = (db: Database, stationId: string, schoolYear: string) => getById<WorkSummaryDoc>(db, COLLECTIONS.workSummaries, summaryIdOf(stationId, schoolYear))

/** 读出调用者可见的版本：站长看工作稿；中心只看已提交过的最新快照 */
export async function visibleSummary(db: Database, caller: Caller, stationId: string | undefined, schoolYear: string) {
  const station = await loadStationInScope(db, caller, stationId)
  const doc = await readSummary(db, station._id, schoolYear)
  const center = caller.role === 'center'
  if (center && (!doc || doc.version === 0)) return { station, doc: null, source: 'snapshot' as const }
  return { station, doc, source: center ? ('snapshot' as const) : ('working' as const) }
}

export const summaryGet = defineAction(stationContract['summary.get'], async ({ db, caller, now }, input): Promise<SummaryView> => {
    const schoolYear = yearOrCurrent(input.schoolYear, now)
    const { station, doc, source } = await visibleSummary(db, caller, input.stationId, schoolYear)
    return summaryView(station, schoolYear, doc, source)
  })

export const summaryDraft = defineAction(stationContract['summary.draft'], async ({ db, caller, now }, input): Promise<SummaryView> => {
    const station = await loadStationInScope(db, caller, undefined)
    if (shanghaiDate(now) < summaryOpensOn(input.schoolYear)) throw new AppError('SUMMARY.TOO_EARLY')
    const existing = await readSummary(db, station._id, input.schoolYear)
    if (existing?.status === 'submitted') throw new AppError('SUMMARY.ALREADY_SUBMITTED')
    const [plan, records] = await Promise.all([readPlan(db, station._id, input.schoolYear), loadYearRecords(db, station._id, input.schoolYear, now)])
    const notes = new Map((existing?.content.planRows ?? []).map((r) => [r.itemId, r.note]))
    const content: SummaryContent = {
      planRows: planRows(plan?.items ?? [], itemName).map((r) => ({ ...r, note: notes.get(r.itemId) ?? '' })),
      figures: summaryFigures(records.indicators, records.counts),
      text: existing?.content.text ?? { overview: '', achievements: '', problems: '', nextYear: '' },
    }
    const id = summaryIdOf(station._id, input.schoolYear)
    if (!existing) {
      const doc: WorkSummaryDoc = {
        _id: id, stationId: station._id, schoolYear: input.schoolYear, status: 'draft', content, rev: 1, version: 0, versions: [], returns: [],
        generatedAt: now, createdAt: now, updatedAt: now,
      }
      if (!(await insertOnce(db, COLLECTIONS.workSummaries, doc))) throw new AppError('CONFLICT')
      return summaryView(station, input.schoolYear, doc, 'working')
    }
    const n = await updateWhere(db, COLLECTIONS.workSummaries, { _id: id, rev: existing.rev, status: existing.status }, {
      content, generatedAt: now, rev: existing.rev + 1, updatedAt: now,
    })
    if (n !== 1) throw new AppError('CONFLICT')
    return summaryView(station, input.schoolYear, { ...existing, content, generatedAt: now, rev: existing.rev + 1 }, 'working')
  })

export const summaryUpdate = defineAction(stationContract['summary.update'], async ({ db, caller, now }, input): Promise<SummaryView> => {
    const station = await loadStationInScope(db, caller, undefined)
    const doc = await readSummary(db, station._id, input.schoolYear)
    if (!doc) throw new AppError('STATE.INVALID_TRANSITION', '该学年的工作总结尚未起草')
    if (doc.status === 'submitted') throw new AppError('SUMMARY.ALREADY_SUBMITTED')
    if (doc.rev !== input.rev) throw new AppError('CONFLICT')
    const notes = new Map(input.notes.map((n) => [n.itemId, n.note]))
    const content: SummaryContent = {
      ...doc.content,
      planRows: doc.content.planRows.map((r) => ({ ...r, note: notes.get(r.itemId) ?? r.note })),
      text: { ...doc.content.text, ...Object.fromEntries(Object.entries(input.text).filter(([, v]) => v !== undefined)) },
    }
    const n = await updateWhere(db, COLLECTIONS.workSummaries, { _id: doc._id, rev: doc.rev, status: doc.status }, { content, rev: doc.rev + 1, updatedAt: now })
    if (n !== 1) throw new AppError('CONFLICT')
    return summaryView(station, input.schoolYear, { ...doc, content, rev: doc.rev + 1 }, 'working')
  })

export const summarySubmit = defineAction(stationContract['summary.submit'], async ({ db, caller, now, audit }, input): Promise<SummaryView> => {
    const station = await loadStationInScope(db, caller, undefined)
    const doc = await readSummary(db, station._id, input.schoolYear)
    if (!doc) throw new AppError('STATE.INVALID_TRANSITION', '该学年的工作总结尚未起草')
    if (doc.status === 'submitted') throw new AppError('SUMMARY.ALREADY_SUBMITTED')
    const version: SummaryVersion = { version: doc.version + 1, submittedAt: now, submittedBy: caller.person._id, submittedByName: caller.person.name, snapshot: doc.content }
    const _ = db.command
    const n = await updateWhere(db, COLLECTIONS.workSummaries, { _id: doc._id, rev: doc.rev, status: doc.status }, {
      status: 'submitted', version: version.version, versions: _.push([version]), submittedAt: now, rev: doc.rev + 1, updatedAt: now,
    })
    if (n !== 1) {
      const latest = await readSummary(db, station._id, input.schoolYear)
      throw new AppError(latest?.status === 'submitted' ? 'SUMMARY.ALREADY_SUBMITTED' : 'CONFLICT')
    }
    await audit('station.summary.submit', [doc._id])
    const next: WorkSummaryDoc = { ...doc, status: 'submitted', version: version.version, versions: [...doc.versions, version], submittedAt: now, rev: doc.rev + 1 }
    return summaryView(station, input.schoolYear, next, 'working')
  })

export const summaryReturn = defineAction(stationContract['summary.return'], async ({ db, caller, now, audit }, input): Promise<SummaryView> => {
    const station = await loadStationInScope(db, caller, input.stationId)
    const doc = await readSummary(db, station._id, input.schoolYear)
    if (!doc || doc.version === 0) throw notFound()
    if (doc.status !== 'submitted') throw new AppError('STATE.INVALID_TRANSITION', '只有已提交的工作总结可以退回')
    const entry: SummaryReturn = { version: doc.version, at: now, by: caller.person._id, byName: caller.person.name, comment: input.comment }
    const _ = db.command
    const n = await updateWhere(db, COLLECTIONS.workSummaries, { _id: doc._id, status: 'submitted', version: doc.version }, {
      status: 'returned', returnComment: input.comment, returns: _.push([entry]), rev: _.inc(1), updatedAt: now,
    })
    if (n !== 1) throw new AppError('STATE.INVALID_TRANSITION', '只有已提交的工作总结可以退回')
    await audit('station.summary.return', [doc._id])
    await notify(db, now, await headsOf(db, station._id, now), {
      kind: 'returned', title: `${input.schoolYear} 学年工作总结被校心理中心退回`, body: input.comment,
      link: `${HEAD_SUMMARY_PAGE}?schoolYear=${input.schoolYear}`, dedupeKey: `summary-return:${doc._id}:v${doc.version}`,
    })
    const next: WorkSummaryDoc = { ...doc, status: 'returned', returnComment: input.comment, returns: [...doc.returns, entry], rev: doc.rev + 1 }
    return summaryView(station, input.schoolYear, next, 'snapshot')
  })
