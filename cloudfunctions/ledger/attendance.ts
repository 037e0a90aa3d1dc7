/**
 * 培训考勤：本人凭签到码签到（只在签到窗口内、只为自己、重复签到仍是一条记录），组织者标记到场/缺席（缺席须写原因）。
 */
import { type ExpectedAttendeeView, type SignInResult } from '../../types/api/ledger'
import type { TrainingAttendanceDoc } from '../../types/models-ledger'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { ledgerContract } from '../../types/api/ledger.contract'
import { getById, unwrap } from '../_lib/dbops'
import { iso } from '../_lib/docs'
import { checkCode, inWindow } from './signin-code'
import { attendeeViews, loadTrainingManageable, loadTrainingReadable } from './training-load'

const attendanceId = (trainingId: string, personId: string) => `${trainingId}:${personId}`

export const trainingSignIn = defineAction(ledgerContract['training.signIn'], async ({ db, caller, now }, input): Promise<SignInResult> => {
    const { t, expected } = await loadTrainingReadable(db, caller, input.id)
    // 不在应到名单中：与不存在相同（组织者本人也不能替别人签到）
    if (!expected.some((e) => e.personId === caller.person._id)) throw notFound()
    if (!inWindow(t, now)) throw new AppError('TRAINING.OUTSIDE_WINDOW')
    const check = checkCode(t.secret, t, input.code, now)
    if (check === 'expired') throw new AppError('TRAINING.CODE_EXPIRED')
    if (check === 'wrong') throw new AppError('TRAINING.CODE_WRONG')
    const _id = attendanceId(t._id, caller.person._id)
    const existing = await getById<TrainingAttendanceDoc>(db, COLLECTIONS.trainingAttendance, _id)
    if (existing?.status === 'present') return { status: 'present', already: true, at: iso(existing.at) }
    const doc: Omit<TrainingAttendanceDoc, '_id'> = {
      trainingId: t._id, stationId: t.stationId, personId: caller.person._id, status: 'present', via: 'code', at: now, markedBy: caller.person._id,
    }
    unwrap(await db.collection(COLLECTIONS.trainingAttendance).doc(_id).set(doc))
    return { status: 'present', already: false, at: now.toISOString() }
  })

export const trainingMark = defineAction(ledgerContract['training.mark'], async ({ db, caller, now, audit }, input): Promise<ExpectedAttendeeView> => {
    const { t, expected } = await loadTrainingManageable(db, caller, input.id)
    const person = expected.find((e) => e.personId === input.personId)
    if (!person) throw new AppError('TRAINING.NOT_EXPECTED')
    const doc: Omit<TrainingAttendanceDoc, '_id'> = {
      trainingId: t._id, stationId: t.stationId, personId: person.personId, status: input.status, via: 'organiser', at: now, markedBy: caller.person._id,
      ...(input.reason ? { reason: input.reason } : {}),
    }
    unwrap(await db.collection(COLLECTIONS.trainingAttendance).doc(attendanceId(t._id, person.personId)).set(doc))
    await audit('ledger.training.mark', [person.personId])
    return attendeeViews([person], [{ _id: attendanceId(t._id, person.personId), ...doc }])[0]
  })
