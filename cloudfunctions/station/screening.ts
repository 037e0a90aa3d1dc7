/**
 * 普测轮次：站长建轮次；参测率按班级与整轮（domain/station/screening.ts）；辅导员看自己范围内的未参测学生，
 * 登记原因（休学 / 病假 / 实习 / 拒绝 / 其他 + 说明）或标记已补测。中心看各站整轮的数字，不看名字。
 */
import { screeningRates, type RateRow } from '../../domain/station/screening'
import {
  type ScreeningClassRow, type ScreeningDetail, type ScreeningGapView, type ScreeningRoundView,
} from '../../types/api/station'
import type { ClassDoc } from '../../types/models'
import { SCREENING_REASON_LABELS, type ScreeningParticipantDoc, type ScreeningRoundDoc } from '../../types/models-station'
import { loadStationInScope, loadStudentInScope, scopeFilter, stationInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, getById, getByIds, updateWhere } from '../_lib/dbops'
import { AppError, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { stationContract } from '../../types/api/station.contract'
import type { Database } from '../_lib/sdk'
import { iso } from './common'
import { participantIdOf } from './screening-import'

/** 调用者可见的轮次；别站或不存在 → NOT_FOUND */
async function loadRound(db: Database, caller: Caller, roundId: string): Promise<ScreeningRoundDoc> {
  const r = await getById<ScreeningRoundDoc>(db, COLLECTIONS.screeningRounds, roundId)
  if (!r || !stationInScope(caller, r.stationId)) throw notFound()
  return r
}

/** 调用者范围内的应参测学生（辅导员：负责的班级与宿舍；站长、中心：整轮） */
async function participantsInScope(db: Database, caller: Caller, roundId: string): Promise<ScreeningParticipantDoc[]> {
  const scope = caller.role === 'center' ? {} : scopeFilter(caller)
  if (!scope) return []
  return fetchAll<ScreeningParticipantDoc>(db.collection(COLLECTIONS.screeningParticipants).where({ ...scope, roundId }))
}

function roundView(r: ScreeningRoundDoc, rates: RateRow): ScreeningRoundView {
  return {
    _id: r._id, name: r.name, targetGrades: r.targetGrades, startDate: r.startDate, endDate: r.endDate, flaggedTiers: r.flaggedTiers,
    ...(r.lastImport ? { lastImport: { at: iso(r.lastImport.at)!, byName: r.lastImport.byName, filename: r.lastImport.filename, rows: r.lastImport.rows, eligible: r.lastImport.eligible } } : {}),
    rates,
  }
}

function gapView(p: ScreeningParticipantDoc, className: string): ScreeningGapView {
  const r = p.reason
  return {
    studentId: p.studentId, studentNo: p.studentNo, studentName: p.studentName, classId: p.classId, className, tookPart: p.tookPart, madeUp: p.madeUp,
    ...(r ? { reason: { kind: r.kind, label: SCREENING_REASON_LABELS[r.kind], ...(r.note ? { note: r.note } : {}), byName: r.byName, at: iso(r.at)! } } : {}),
  }
}

export const screeningCreate = defineAction(stationContract['screening.create'], async ({ db, caller, now }, input): Promise<ScreeningRoundView> => {
    const doc: Omit<ScreeningRoundDoc, '_id'> = {
      stationId: caller.stationId!, name: input.name, targetGrades: [...new Set(input.targetGrades)], startDate: input.startDate, endDate: input.endDate,
      flaggedTiers: [...new Set(input.flaggedTiers)], createdAt: now, updatedAt: now, createdBy: caller.person._id,
    }
    const res = (await db.collection(COLLECTIONS.screeningRounds).add(doc)) as { id?: string; code?: string }
    if (!res.id) throw new AppError('INTERNAL')
    return roundView({ ...doc, _id: res.id }, screeningRates([]).round)
  })

export const screeningList = defineAction(stationContract['screening.list'], async ({ db, caller }, input): Promise<ScreeningRoundView[]> => {
    const station = await loadStationInScope(db, caller, input.stationId)
    const rounds = await fetchAll<ScreeningRoundDoc>(db.collection(COLLECTIONS.screeningRounds).where({ stationId: station._id }).orderBy('startDate', 'desc'))
    const out: ScreeningRoundView[] = []
    for (const r of rounds) out.push(roundView(r, screeningRates(await participantsInScope(db, caller, r._id)).round))
    return out
  })

export const screeningGet = defineAction(stationContract['screening.get'], async ({ db, caller }, input): Promise<ScreeningDetail> => {
    const round = await loadRound(db, caller, input.roundId)
    const list = await participantsInScope(db, caller, round._id)
    const { round: rates, byClass } = screeningRates(list)
    const classes = await getByIds<ClassDoc>(db, COLLECTIONS.classes, [...byClass.keys()])
    const rows: ScreeningClassRow[] = [...byClass].map(([classId, r]) => ({
      classId, className: classes.get(classId)?.name ?? '', grade: classes.get(classId)?.grade ?? '', ...r,
    })).sort((a, b) => a.className.localeCompare(b.className, 'zh-Hans-CN'))
    return { ...roundView(round, rates), byClass: rows }
  })

export const screeningGaps = defineAction(stationContract['screening.gaps'], async ({ db, caller, audit }, input): Promise<ScreeningGapView[]> => {
    const round = await loadRound(db, caller, input.roundId)
    const list = (await participantsInScope(db, caller, round._id))
      .filter((p) => p.eligible && !p.tookPart && (input.includeExplained || (!p.madeUp && !p.reason)))
      .filter((p) => !input.classId || p.classId === input.classId)
    const classes = await getByIds<ClassDoc>(db, COLLECTIONS.classes, list.map((p) => p.classId))
    list.sort((a, b) => a.studentNo.localeCompare(b.studentNo))
    await audit('station.screening.gaps', [round._id, ...list.map((p) => p.studentId)])
    return list.map((p) => gapView(p, classes.get(p.classId)?.name ?? ''))
  })

export const screeningMark = defineAction(stationContract['screening.mark'], async ({ db, caller, now, audit }, input): Promise<ScreeningGapView> => {
    const round = await loadRound(db, caller, input.roundId)
    await loadStudentInScope(db, caller, input.studentId)
    const id = participantIdOf(round._id, input.studentId)
    const p = await getById<ScreeningParticipantDoc>(db, COLLECTIONS.screeningParticipants, id)
    if (!p || !p.eligible) throw notFound()
    if (p.tookPart) throw new AppError('STATE.INVALID_TRANSITION', '该学生已在参测名单中，无需登记')
    const _ = db.command
    const patch: Record<string, unknown> = { updatedAt: now }
    if (input.mark === 'reason') {
      patch.reason = { kind: input.reason, ...(input.note ? { note: input.note } : {}), by: caller.person._id, byName: caller.person.name, at: now }
      patch.madeUp = false
    } else if (input.mark === 'done') {
      patch.madeUp = true
      patch.reason = _.remove()
    } else {
      patch.madeUp = false
      patch.reason = _.remove()
    }
    await updateWhere(db, COLLECTIONS.screeningParticipants, { _id: id, tookPart: false }, patch)
    await audit('station.screening.mark', [round._id, input.studentId])
    const next = (await getById<ScreeningParticipantDoc>(db, COLLECTIONS.screeningParticipants, id))!
    const cls = await getById<ClassDoc>(db, COLLECTIONS.classes, next.classId)
    return gapView(next, cls?.name ?? '')
  })
