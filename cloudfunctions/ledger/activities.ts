/**
 * 宣教活动：计划（站长全站；辅导员为所负责的班级）、列表、详情（团体心理辅导成员是学生：读取记审计；照片给临时链接）、
 * 学期统计（按类型的计划 / 已开展 / 已总结，没有主题宣教活动时提醒）。阶段推进见 activity-stage.ts。
 */
import { termLastDay } from '../../domain/calendar'
import { activityRows, activityWarnings } from '../../domain/ledger/activities'
import {
  type ActivityDetail, type ActivityStatsView, type ActivityView,
} from '../../types/api/ledger'
import type { TempLink } from '../../types/files'
import type { RollCallDoc } from '../../types/models-counseling'
import type { ActivityDoc } from '../../types/models-ledger'
import { ledgerManageable, ledgerUnitScope, loadStudentInScope, unitInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { invalidField, notFound } from '../_lib/errors'
import { issueTempLink } from '../_lib/files'
import { defineAction } from '../_lib/handler'
import { ledgerContract } from '../../types/api/ledger.contract'
import type { Database } from '../_lib/sdk'
import { fetchAll, getById, unwrap } from '../_lib/dbops'
import { loadStudents, newId } from '../_lib/docs'
import { termFor } from './training-load'
import { pageOf } from '../_lib/dbops'
import type { ActivityListOutput } from '../../types/api/ledger'

export function activityView(a: ActivityDoc): ActivityView {
  return {
    id: a._id, type: a.type, title: a.title, theme: a.theme, audience: a.audience, date: a.date, place: a.place, stage: a.stage,
    photoCount: a.photoIds?.length ?? 0, hasSignSheet: !!a.signSheetId, memberCount: a.memberIds?.length ?? 0, createdByName: a.createdByName,
    ...(a.participants !== undefined ? { participants: a.participants } : {}),
    ...(a.summary ? { summary: a.summary, effect: a.effect } : {}),
    ...(a.rollCallId ? { rollCallId: a.rollCallId } : {}),
    ...(a.facilitator ? { facilitator: a.facilitator } : {}),
    ...(a.sessions ? { sessions: a.sessions } : {}),
  }
}

/** 读取调用者可管理的活动（站长：全站；辅导员：本人创建的）；否则 NOT_FOUND */
export async function loadActivity(db: Database, caller: Caller, id: string): Promise<ActivityDoc> {
  const a = await getById<ActivityDoc>(db, COLLECTIONS.activities, id)
  if (!a || !ledgerManageable(caller, a)) throw notFound()
  return a
}

export const activityCreate = defineAction(ledgerContract['activity.create'], async ({ db, caller, now }, input): Promise<ActivityView> => {
    if (input.rollCallId) {
      if (input.type !== 'class_meeting') throw invalidField('rollCallId', '只有心理主题班会可以关联晚点名')
      const rc = await getById<RollCallDoc>(db, COLLECTIONS.rollCalls, input.rollCallId)
      if (!rc || !unitInScope(caller, 'class', { _id: rc.classId, stationId: rc.stationId })) throw notFound()
    }
    const group = input.type === 'group_counseling'
    if (!group && (input.memberIds?.length || input.facilitator || input.sessions)) throw invalidField('type', '只有团体心理辅导填写带领人、成员与次数')
    if (group && (!input.facilitator || !input.memberIds?.length)) throw invalidField('memberIds', '团体心理辅导须填写带领人与成员')
    for (const sid of input.memberIds ?? []) await loadStudentInScope(db, caller, sid)
    const scope = ledgerUnitScope(caller)
    const doc: ActivityDoc = {
      _id: newId('act'), stationId: caller.stationId!, type: input.type, title: input.title, theme: input.theme, audience: input.audience,
      date: input.date, place: input.place, stage: 'planned',
      ...(input.rollCallId ? { rollCallId: input.rollCallId } : {}),
      ...(group ? { facilitator: input.facilitator, memberIds: [...new Set(input.memberIds)], sessions: input.sessions ?? 1 } : {}),
      ...(scope ? { classIds: scope.classIds } : {}),
      createdBy: caller.person._id, createdByName: caller.person.name, createdAt: now, updatedAt: now,
    }
    unwrap(await db.collection(COLLECTIONS.activities).add(doc))
    return activityView(doc)
  })

async function activitiesInTerm(db: Database, caller: Caller, termId: string | undefined, now: Date) {
  const term = await termFor(db, caller.stationId!, termId, now)
  const _ = db.command
  const rows = await fetchAll<ActivityDoc>(
    db.collection(COLLECTIONS.activities).where({ stationId: caller.stationId, date: _.gte(term.startDate).and(_.lte(termLastDay(term))) }).orderBy('date', 'asc'),
    2000,
  )
  return { term, rows: rows.filter((a) => ledgerManageable(caller, a)) }
}

export const activityList = defineAction(ledgerContract['activity.list'], async ({ db, caller, now }, input): Promise<ActivityListOutput> => {
    const { term, rows } = await activitiesInTerm(db, caller, input.termId, now)
    const page = pageOf(rows.filter((a) => !input.type || a.type === input.type), input.page, input.pageSize)
    return { termId: term._id, termName: term.name, ...page, items: page.items.map(activityView) }
  })

export const activityGet = defineAction(ledgerContract['activity.get'], async ({ db, caller, now, audit }, input): Promise<ActivityDetail & { photos: TempLink[]; signSheet: TempLink | null }> => {
    const a = await loadActivity(db, caller, input.id)
    const students = await loadStudents(db, a.memberIds ?? [])
    const members = (a.memberIds ?? []).map((id) => ({ studentId: id, name: students.get(id)?.name ?? '' }))
    await audit('ledger.activity.get', members.map((m) => m.studentId))
    const ctx = { db, caller, now, audit }
    const photos = await Promise.all((a.photoIds ?? []).map((f) => issueTempLink(ctx, f)))
    const signSheet = a.signSheetId ? await issueTempLink(ctx, a.signSheetId) : null
    return { ...activityView(a), members, photos, signSheet }
  })

export const activityStats = defineAction(ledgerContract['activity.stats'], async ({ db, caller, now }, input): Promise<ActivityStatsView> => {
    const { term, rows } = await activitiesInTerm(db, caller, input.termId, now)
    const stats = activityRows(rows)
    return { termId: term._id, termName: term.name, rows: stats, warnings: activityWarnings(stats) }
  })
