/**
 * 人员登记（二级心理辅导站人员与站长登记表）：站长维护本站站长、辅导员、兼职心理咨询师的登记信息；
 * 培训经历 = 手填 + 心桥记录的培训（training-hours.ts），学时对照中心配置的学年标准。
 * 手机与邮箱只给站长与校心理中心；辅导员可看登记表的其余内容。
 */
import { schoolYearDates } from '../../domain/calendar'
import { type StaffListOutput, type StaffNormsView, type StaffView, type TrainingView } from '../../types/api/station'
import type { RoleAssignmentDoc } from '../../types/models'
import {
  QUALIFICATION_LABELS, STAFF_KIND_LABELS, type StaffNormsDoc, type StaffProfileDoc,
} from '../../types/models-station'
import { loadStationInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, getById, unwrap } from '../_lib/dbops'
import { invalidField, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { stationContract } from '../../types/api/station.contract'
import type { Database } from '../_lib/sdk'
import { iso, yearOrCurrent } from './common'
import { trainingSource, type RecordedTraining } from './training-hours'

const NORMS_ID = 'staff-norms'
export const DEFAULT_NORMS = { fullTimeHours: 40, partTimeHours: 20 }

export async function readNorms(db: Database): Promise<StaffNormsView> {
  const doc = await getById<StaffNormsDoc>(db, COLLECTIONS.centerSettings, NORMS_ID)
  return doc ? { fullTimeHours: doc.fullTimeHours, partTimeHours: doc.partTimeHours, updatedAt: iso(doc.updatedAt) } : { ...DEFAULT_NORMS }
}

/** 手机与邮箱只给站长与校心理中心 */
const seesContacts = (caller: Caller): boolean => caller.role === 'head' || caller.role === 'center'

export function staffView(p: StaffProfileDoc, recorded: RecordedTraining[], schoolYear: string, norms: StaffNormsView, contacts: boolean): StaffView {
  const { first, last } = schoolYearDates(schoolYear)
  const entries: TrainingView[] = p.trainings.map((t) => ({ source: 'entry', ...t }))
  const fromRecords: TrainingView[] = recorded.map(({ personId: _p, ...t }) => ({ source: 'xinqiao', ...t }))
  const inYear = (t: TrainingView) => t.date >= first && t.date <= last
  const sum = (list: TrainingView[]) => Math.round(list.filter(inYear).reduce((n, t) => n + t.hours, 0) * 10) / 10
  const fromEntries = sum(entries)
  const fromXinqiao = sum(fromRecords)
  const norm = p.employment === 'full_time' ? norms.fullTimeHours : norms.partTimeHours
  const total = Math.round((fromEntries + fromXinqiao) * 10) / 10
  return {
    _id: p._id, kind: p.kind, kindLabel: STAFF_KIND_LABELS[p.kind], ...(p.personId ? { personId: p.personId } : {}),
    employment: p.employment, name: p.name, gender: p.gender, department: p.department, title: p.title,
    education: p.education, major: p.major,
    ...(contacts && p.qqEmail ? { qqEmail: p.qqEmail } : {}),
    ...(contacts && p.phone ? { phone: p.phone } : {}),
    qualification: { ...p.qualification, label: QUALIFICATION_LABELS[p.qualification.kind] },
    workHistory: p.workHistory,
    trainings: [...entries, ...fromRecords].sort((a, b) => a.date.localeCompare(b.date)),
    ...(p.remarks ? { remarks: p.remarks } : {}),
    hours: { schoolYear, total, fromXinqiao, fromEntries, norm, meets: total >= norm },
    updatedAt: iso(p.updatedAt)!,
  }
}

/** 某站的全部登记与所选学年的心桥培训记录 */
export async function loadStaff(db: Database, stationId: string, schoolYear: string) {
  const profiles = await fetchAll<StaffProfileDoc>(db.collection(COLLECTIONS.staffProfiles).where({ stationId }))
  const personIds = profiles.map((p) => p.personId).filter((x): x is string => !!x)
  const { first, last } = schoolYearDates(schoolYear)
  const recorded = personIds.length ? await trainingSource().attended(db, stationId, personIds, first, last) : []
  const byPerson = new Map<string, RecordedTraining[]>()
  for (const t of recorded) byPerson.set(t.personId, [...(byPerson.get(t.personId) ?? []), t])
  const order = { head: 0, counselor: 1, consultant: 2 } as const
  profiles.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name, 'zh-Hans-CN'))
  return { profiles, recordedOf: (p: StaffProfileDoc) => (p.personId ? byPerson.get(p.personId) ?? [] : []) }
}

export const staffList = defineAction(stationContract['staff.list'], async ({ db, caller, now }, input): Promise<StaffListOutput> => {
    const station = await loadStationInScope(db, caller, input.stationId)
    const schoolYear = yearOrCurrent(input.schoolYear, now)
    const [norms, staff] = await Promise.all([readNorms(db), loadStaff(db, station._id, schoolYear)])
    const contacts = seesContacts(caller)
    return {
      schoolYear,
      norms: { fullTimeHours: norms.fullTimeHours, partTimeHours: norms.partTimeHours },
      items: staff.profiles.map((p) => staffView(p, staff.recordedOf(p), schoolYear, norms, contacts)),
    }
  })

export const staffSave = defineAction(stationContract['staff.save'], async ({ db, caller, now }, input): Promise<StaffView> => {
    const stationId = caller.stationId!
    let existing: StaffProfileDoc | null = null
    if (input.profileId) {
      existing = await getById<StaffProfileDoc>(db, COLLECTIONS.staffProfiles, input.profileId)
      if (!existing || existing.stationId !== stationId) throw notFound()
    }
    if (input.personId) {
      const held = await fetchAll<RoleAssignmentDoc>(db.collection(COLLECTIONS.roleAssignments).where({ personId: input.personId, stationId }))
      if (held.length === 0) throw invalidField('personId', '该人员不在本站任职，请从本站人员中选择，或不关联心桥账号')
    }
    if (input.kind === 'head') {
      const heads = await fetchAll<StaffProfileDoc>(db.collection(COLLECTIONS.staffProfiles).where({ stationId, kind: 'head' }))
      if (heads.some((h) => h._id !== input.profileId)) throw invalidField('kind', '本站已登记站长，请修改原登记或先将其改为其他身份')
    }
    const { profileId: _ignored, ...fields } = input
    const doc: StaffProfileDoc = {
      _id: existing?._id ?? '',
      stationId,
      ...fields,
      qualification: fields.qualification.kind === 'none' ? { kind: 'none' } : fields.qualification,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      updatedBy: caller.person._id,
    }
    const { _id, ...rest } = doc
    if (existing) unwrap(await db.collection(COLLECTIONS.staffProfiles).doc(existing._id).set(rest))
    else doc._id = (unwrap(await db.collection(COLLECTIONS.staffProfiles).add(rest)) as { id: string }).id
    void _id
    const schoolYear = yearOrCurrent(undefined, now)
    const { first, last } = schoolYearDates(schoolYear)
    const recorded = doc.personId ? await trainingSource().attended(db, stationId, [doc.personId], first, last) : []
    return staffView(doc, recorded, schoolYear, await readNorms(db), true)
  })

export const staffRemove = defineAction(stationContract['staff.remove'], async ({ db, caller }, input): Promise<{ removed: true }> => {
    const p = await getById<StaffProfileDoc>(db, COLLECTIONS.staffProfiles, input.profileId)
    if (!p || p.stationId !== caller.stationId) throw notFound()
    unwrap(await db.collection(COLLECTIONS.staffProfiles).doc(p._id).remove())
    return { removed: true }
  })

export const staffNormsGet = defineAction(stationContract['staff.norms.get'], async ({ db }): Promise<StaffNormsView> => readNorms(db))

export const staffNormsSet = defineAction(stationContract['staff.norms.set'], async ({ db, caller, now }, input): Promise<StaffNormsView> => {
    const doc: Omit<StaffNormsDoc, '_id'> = { ...input, updatedAt: now, updatedBy: caller.person._id }
    unwrap(await db.collection(COLLECTIONS.centerSettings).doc(NORMS_ID).set(doc))
    return readNorms(db)
  })
