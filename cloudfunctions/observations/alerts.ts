/**
 * 即时报告：alert.create（填报人首页的“即时报告”按钮）、alert.list（辅导员/站长，记审计）、alert.ack（确认）。
 */
import { type AlertView, type Paged } from '../../types/api/observations'
import type { PersonDoc, StudentDoc } from '../../types/models'
import type { AlertDoc } from '../../types/models-observations'
import { scopeFilter, studentInScope } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { getById, getByIds, unwrap, updateWhere } from '../_lib/dbops'
import { AppError, invalidField, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'
import type { Database } from '../_lib/sdk'
import { alertInScope } from './alert-timeline'
import { alertIdOf, raiseAlert } from '../_lib/alerts'
import { iso, reporterUnit, stationOf } from './shared'

/** 告警 → 视图 */
export function alertView(a: AlertDoc, now: Date, names: Map<string, PersonDoc> = new Map()): AlertView {
  const createdAt = new Date(a.createdAt)
  const ackedAt = a.ackedAt ? new Date(a.ackedAt) : null
  const v: AlertView = {
    id: a._id,
    source: a.source,
    level: a.level,
    description: a.description,
    createdAt: createdAt.toISOString(),
    ackDeadline: iso(a.ackDeadline)!,
    ackedAt: ackedAt ? ackedAt.toISOString() : null,
    escalatedAt: a.escalatedAt ? iso(a.escalatedAt)! : null,
    responseMinutes: ackedAt ? Math.round((ackedAt.getTime() - createdAt.getTime()) / 6000) / 10 : null,
    overdue: !ackedAt && now.getTime() > new Date(a.ackDeadline).getTime(),
  }
  for (const k of ['studentId', 'studentName', 'classId', 'dormId', 'reportId', 'reporterName'] as const) if (a[k]) v[k] = a[k]
  if (a.ackedBy) v.ackedByName = names.get(a.ackedBy)?.name ?? ''
  return v
}


export const createAlert = defineAction(observationsContract['alert.create'], async ({ db, caller, now }, input) => {
    const own = reporterUnit(caller)
    if (!own) throw notFound()
    let student: StudentDoc | null = null
    if (input.studentId) {
      student = await getById<StudentDoc>(db, COLLECTIONS.students, input.studentId)
      const inUnit = student && studentInScope(caller, student) && (own.kind === 'class' ? student.classId : student.dormId) === own.unitId
      if (!student || !inUnit) throw invalidField('studentId', '该学生不在你负责的名册中，请从名册中选择')
    }
    const { alert } = await raiseAlert(db, {
      _id: alertIdOf(`button:${caller.person._id}:${input.idempotencyKey}`),
      stationId: stationOf(caller),
      ...(student ? { student: { _id: student._id, name: student.name, classId: student.classId, dormId: student.dormId } } : {}),
      ...(own.kind === 'class' ? { classId: own.unitId } : { dormId: own.unitId }),
      source: 'button',
      reporterId: caller.person._id,
      reporterName: caller.person.name,
      level: input.level,
      description: input.description,
    }, now)
    return alertView(alert, now)
  })

async function ackerNames(db: Database, alerts: AlertDoc[]): Promise<Map<string, PersonDoc>> {
  return getByIds<PersonDoc>(db, COLLECTIONS.people, alerts.map((a) => a.ackedBy).filter((x): x is string => !!x))
}

export const listAlerts = defineAction(observationsContract['alert.list'], async ({ db, caller, now, audit }, input): Promise<Paged<AlertView>> => {
    const scope = scopeFilter(caller)
    if (!scope) throw new AppError('AUTH.FORBIDDEN')
    const where = input.status === 'open' ? { ...scope, ackedAt: null } : scope
    const coll = db.collection(COLLECTIONS.alerts)
    const [countRes, pageRes] = await Promise.all([
      coll.where(where).count(),
      coll.where(where).orderBy('createdAt', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
    ])
    const alerts = unwrap(pageRes).data as AlertDoc[]
    const names = await ackerNames(db, alerts)
    await audit('observations.alert.list', alerts.flatMap((a) => [a._id, ...(a.studentId ? [a.studentId] : [])]))
    if (alerts.length) {
      // 在心桥里看到了：这些告警发给我的消息记为已读（送达时间线的“看到”）
      await db.collection(COLLECTIONS.messages).where({ personId: caller.person._id, ref: db.command.in(alerts.map((a) => a._id)), readAt: null }).update({ readAt: now })
    }
    return { total: unwrap(countRes).total ?? 0, page: input.page, pageSize: input.pageSize, items: alerts.map((a) => alertView(a, now, names)) }
  })

export const ackAlert = defineAction(observationsContract['alert.ack'], async ({ db, caller, now, audit }, input) => {
    const alert = await getById<AlertDoc>(db, COLLECTIONS.alerts, input.alertId)
    if (!alert || !alertInScope(caller, alert)) throw notFound()
    let current = alert
    if (!alert.ackedAt) {
      const n = await updateWhere(db, COLLECTIONS.alerts, { _id: alert._id, ackedAt: null }, { ackedAt: now, ackedBy: caller.person._id })
      current = n === 1 ? { ...alert, ackedAt: now, ackedBy: caller.person._id } : ((await getById<AlertDoc>(db, COLLECTIONS.alerts, alert._id)) ?? alert)
    }
    await audit('observations.alert.ack', [alert._id, ...(alert.studentId ? [alert.studentId] : [])])
    return alertView(current, now, await ackerNames(db, [current]))
  })
