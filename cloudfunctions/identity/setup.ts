/**
 * 建站与第一位站长：station.create（校心理中心）或命令行 setup:station 生成一次性建站码，
 * setup.redeem 用建站码成为该站站长。
 */
import { type BindOutput, type StationCreateOutput } from '../../types/api/identity'
import type { PersonDoc, RoleAssignmentDoc, StationDoc } from '../../types/models'
import type { SetupCodeDoc } from '../../types/models-identity'
import { isAssignmentActive, type Caller } from '../_lib/access'
import { appendAudit } from '../_lib/audit'
import { COLLECTIONS } from '../_lib/collections'
import { AppError } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import type { Database } from '../_lib/sdk'
import { countBindAttempt } from './bind'
import { DAY_MS, generateCode, hashCode } from './codes'
import { meView } from './me'
import { getAll, runTx, unwrap } from '../_lib/dbops'
import { newId } from './util'

/** 建站码有效期 */
export const SETUP_CODE_DAYS = 7

/** 新建站点并生成一次性建站码（云函数与命令行共用） */
export async function createStationWithSetupCode(
  db: Database,
  name: string,
  now: Date,
  ackLimitMinutes = 30,
): Promise<StationCreateOutput> {
  const same = await getAll<StationDoc>(db, COLLECTIONS.stations, { name })
  if (same.length > 0) throw new AppError('CONFLICT', `已存在名为“${name}”的辅导站`)
  const stationId = newId()
  const code = generateCode()
  const expiresAt = new Date(now.getTime() + SETUP_CODE_DAYS * DAY_MS)
  const station: Omit<StationDoc, '_id'> = { name, ackLimitMinutes, createdAt: now }
  const setup: Omit<SetupCodeDoc, '_id'> = { codeHash: hashCode(code), stationId, expiresAt, createdAt: now }
  await runTx(db, async (t) => {
    unwrap(await t.collection(COLLECTIONS.stations).doc(stationId).set(station))
    unwrap(await t.collection(COLLECTIONS.setupCodes).doc(newId()).set(setup))
  })
  return { stationId, setupCode: code, expiresAt: expiresAt.toISOString() }
}

export const stationCreate = defineAction(identityContract['station.create'], async (ctx, input) => {
    const out = await createStationWithSetupCode(ctx.db, input.name, ctx.now, input.ackLimitMinutes)
    await ctx.audit('identity.station.create', [out.stationId])
    return out
  })

export const setupRedeem = defineAction(identityContract['setup.redeem'], async ({ db, openid, now }, input): Promise<BindOutput> => {
    await countBindAttempt(db, openid, now)
    const found = await getAll<SetupCodeDoc>(db, COLLECTIONS.setupCodes, { codeHash: hashCode(input.code) })
    const sc = found[0]
    const usable = (x: SetupCodeDoc | null | undefined): x is SetupCodeDoc =>
      !!x && !x.usedAt && new Date(x.expiresAt).getTime() > now.getTime()
    if (!usable(sc)) throw new AppError('INVITE.INVALID')
    const existing = (await getAll<PersonDoc>(db, COLLECTIONS.people, { openid }))[0]
    const personId = existing?._id ?? newId()
    const assignment: RoleAssignmentDoc = {
      _id: newId(), personId, role: 'head', stationId: sc.stationId, termStart: now, termEnd: null, endedAt: null, createdAt: now,
    }
    await runTx(db, async (t) => {
      const cur = unwrap(await t.collection(COLLECTIONS.setupCodes).doc(sc._id).get()).data as SetupCodeDoc | null
      if (!usable(cur)) throw new AppError('INVITE.INVALID')
      unwrap(await t.collection(COLLECTIONS.setupCodes).doc(sc._id).update({ usedAt: now, usedBy: personId }))
      if (!existing) {
        const person: Omit<PersonDoc, '_id'> = { openid, name: input.name, createdAt: now }
        unwrap(await t.collection(COLLECTIONS.people).doc(personId).set(person))
      }
      const { _id, ...rest } = assignment
      unwrap(await t.collection(COLLECTIONS.roleAssignments).doc(_id).set(rest))
    })
    const person: PersonDoc = existing ?? { _id: personId, openid, name: input.name, createdAt: now }
    const active = (await getAll<RoleAssignmentDoc>(db, COLLECTIONS.roleAssignments, { personId })).filter((a) => isAssignmentActive(a, now))
    const actor: Caller = { openid, person, role: 'head', assignment, stationId: sc.stationId, assignments: active }
    await appendAudit(db, actor, 'identity.setup.redeem', [assignment._id, sc.stationId], now)
    return { ...(await meView(db, person, active)), assignmentId: assignment._id }
  })

