/**
 * 培训场次：创建（站长；辅导员限所负责的班级与宿舍的学生骨干）、列表、详情（应到名单，读取记审计）、签到码。
 */
import { shanghaiInstant } from '../../domain/calendar'
import {
  type TrainingCodeView, type TrainingDetail, type TrainingView,
} from '../../types/api/ledger'
import type { TrainingDoc } from '../../types/models-ledger'
import { ledgerManageable, ledgerUnitScope } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, invalidField } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { ledgerContract } from '../../types/api/ledger.contract'
import { expectedFor } from '../_lib/training-attendees'
import { expectedFrom, loadRoster } from '../_lib/training-attendees'
import { unwrap } from '../_lib/dbops'
import { newId } from '../_lib/docs'
import { secret } from './common'
import { currentCode, inWindow, signInWindow } from './signin-code'
import { attendanceOf, attendeeViews, loadTrainingManageable, loadTrainingReadable, termFor, trainingsInTerm, trainingView } from './training-load'

export const trainingCreate = defineAction(ledgerContract['training.create'], async ({ db, caller, now }, input): Promise<TrainingView> => {
    const unitScope = ledgerUnitScope(caller)
    if (unitScope && input.audience.kind !== 'cadres') throw invalidField('audience.kind', '辅导员只能为所负责班级、宿舍的学生骨干组织培训')
    const doc: TrainingDoc = {
      _id: newId('tr'),
      stationId: caller.stationId!,
      title: input.title, date: input.date, startTime: input.startTime, endTime: input.endTime,
      startsAt: shanghaiInstant(input.date, input.startTime),
      endsAt: shanghaiInstant(input.date, input.endTime),
      hours: input.hours, trainer: input.trainer, organiser: input.organiser, place: input.place, form: input.form,
      audience: input.audience.kind === 'cadres'
        ? { kind: 'cadres', roles: [...new Set(input.audience.roles)], grades: [...new Set(input.audience.grades)] }
        : { kind: 'staff', personIds: [...new Set(input.audience.personIds)] },
      ...(unitScope ? { unitScope } : {}),
      secret: secret(),
      createdBy: caller.person._id,
      createdByName: caller.person.name,
      createdAt: now,
    }
    const expected = await expectedFor(db, doc)
    if (doc.audience.kind === 'staff') {
      const found = new Set(expected.map((e) => e.personId))
      const missing = doc.audience.personIds.findIndex((p) => !found.has(p))
      if (missing >= 0) throw invalidField(`audience.personIds.${missing}`, '此人在培训日期不在本站任职')
    }
    if (expected.length === 0) throw new AppError('TRAINING.NO_ATTENDEES')
    unwrap(await db.collection(COLLECTIONS.trainings).add(doc))
    return trainingView(caller, doc, expected, [])
  })

export const trainingList = defineAction(ledgerContract['training.list'], async ({ db, caller, now }, input): Promise<{ termId: string; termName: string; items: TrainingView[] }> => {
    const term = await termFor(db, caller.stationId!, input.termId, now)
    // 应到人员由本站名册在内存里推导（一次读出，不按场次读）
    const [all, roster] = await Promise.all([trainingsInTerm(db, caller.stationId!, term), loadRoster(db, caller.stationId!)])
    const withExpected = all.map((t) => ({ t, expected: expectedFrom(roster, t) }))
    const visible = withExpected.filter(({ t, expected }) => ledgerManageable(caller, t) || expected.some((e) => e.personId === caller.person._id))
    const att = await attendanceOf(db, visible.map((v) => v.t._id))
    return {
      termId: term._id,
      termName: term.name,
      items: visible.map(({ t, expected }) => trainingView(caller, t, expected, att.filter((a) => a.trainingId === t._id))),
    }
  })

export const trainingGet = defineAction(ledgerContract['training.get'], async ({ db, caller, audit }, input): Promise<TrainingDetail> => {
    const { t, expected } = await loadTrainingReadable(db, caller, input.id)
    const att = await attendanceOf(db, [t._id])
    const view = trainingView(caller, t, expected, att)
    // 不能管理的人看不到应到名单：没有可记的对象
    if (!view.canManage) return audit('ledger.training.get', []).then(() => ({ ...view, attendees: null }))
    // 应到名单里的学生骨干是学生：读取记审计
    await audit('ledger.training.get', expected.map((e) => e.personId))
    return { ...view, attendees: attendeeViews(expected, att) }
  })

export const trainingCode = defineAction(ledgerContract['training.code'], async ({ db, caller, now }, input): Promise<TrainingCodeView> => {
    const { t } = await loadTrainingManageable(db, caller, input.id)
    if (!inWindow(t, now)) throw new AppError('TRAINING.OUTSIDE_WINDOW')
    const { code, expiresAt } = currentCode(t.secret, t._id, now)
    const w = signInWindow(t)
    return { code, expiresAt: expiresAt.toISOString(), opensAt: w.opensAt.toISOString(), closesAt: w.closesAt.toISOString() }
  })
