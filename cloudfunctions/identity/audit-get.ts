/**
 * audit.get（站长）：打开一条审计日志，看它读了哪些记录——学生（姓名、学号、班级）、人员、其他记录的类别。
 * 只解析本站的记录；看这条日志本身也记入审计（其中的学生是身份信息）。
 */
import { type AuditEntryDetail, type AuditTargetView } from '../../types/api/identity'
import type { AuditLogDoc, ClassDoc, PersonDoc, StudentDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { getById, readAlongside, type SidePart } from '../_lib/dbops'
import { notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import { iso } from './util'

/** 其他记录：按集合给出中文类别 */
const RECORD_KINDS: [string, string][] = [
  [COLLECTIONS.weeklyReports, '周报'],
  [COLLECTIONS.alerts, '即时报告'],
  [COLLECTIONS.talks, '谈话记录'],
  [COLLECTIONS.peerTalks, '朋辈谈心记录'],
  [COLLECTIONS.keyCare, '重点关注条目'],
  [COLLECTIONS.approvals, '审批申请'],
  [COLLECTIONS.rollCalls, '晚点名记录'],
  [COLLECTIONS.monthlyReports, '月报'],
  [COLLECTIONS.classes, '班级'],
  [COLLECTIONS.roleAssignments, '任职'],
  [COLLECTIONS.invites, '邀请码'],
  [COLLECTIONS.terms, '学期'],
]

/** 一条日志最多列出的记录数 */
const MAX_TARGETS = 500

export const auditGet = defineAction(identityContract['audit.get'], async ({ db, caller, audit }, input): Promise<AuditEntryDetail> => {
    const e = await getById<AuditLogDoc>(db, COLLECTIONS.auditLogs, input.id)
    if (!e || e.stationId !== caller.stationId) throw notFound()
    const ids = [...new Set(e.targetIds)].slice(0, MAX_TARGETS)
    // 学生、人员与各类记录一次读出（以这条日志为锚），不按集合逐个读
    const byId = (from: string, fields: string[]): SidePart => ({
      from, pipeline: [{ $match: { _id: { $in: ids } } }, { $project: Object.fromEntries(fields.map((f) => [f, 1])) }, { $limit: MAX_TARGETS }],
    })
    const parts: Record<string, SidePart | null> = {
      students: byId(COLLECTIONS.students, ['stationId', 'name', 'studentNo', 'classId']),
      people: byId(COLLECTIONS.people, ['name']),
      classes: { from: COLLECTIONS.classes, pipeline: [{ $match: { stationId: caller.stationId } }, { $project: { name: 1 } }, { $limit: 10_000 }] },
    }
    RECORD_KINDS.forEach(([collection], i) => { parts[`r${i}`] = byId(collection, ['stationId']) })
    const found = ids.length ? await readAlongside(db, { collection: COLLECTIONS.auditLogs, id: e._id }, parts) : {}
    const list = (k: string) => (found as Record<string, unknown[]>)[k] ?? []
    const students = new Map((list('students') as StudentDoc[]).map((d) => [d._id, d]))
    const classes = new Map((list('classes') as ClassDoc[]).map((d) => [d._id, d]))
    const people = new Map((list('people') as PersonDoc[]).filter((p) => !students.has(p._id)).map((d) => [d._id, d]))
    const rest = new Set(ids.filter((id) => !students.has(id) && !people.has(id)))
    const kinds = new Map<string, string>()
    RECORD_KINDS.forEach(([, label], i) => {
      for (const doc of list(`r${i}`) as Array<{ _id: string; stationId?: string | null }>) {
        if (rest.has(doc._id) && !kinds.has(doc._id) && (doc.stationId === undefined || doc.stationId === caller.stationId)) kinds.set(doc._id, label)
      }
    })
    const targets: AuditTargetView[] = ids.flatMap((id): AuditTargetView[] => {
      const s = students.get(id)
      if (s) return s.stationId === caller.stationId ? [{ id, kind: 'student', label: s.name, detail: `${s.studentNo} · ${classes.get(s.classId)?.name ?? ''}` }] : []
      const p = people.get(id)
      if (p) return [{ id, kind: 'person', label: p.name }]
      return [{ id, kind: 'record', label: kinds.get(id) ?? '记录' }]
    })
    const shown = targets.filter((t) => t.kind === 'student').map((t) => t.id)
    await audit('identity.audit.get', [e._id, ...shown])
    return {
      _id: e._id, at: iso(e.at)!, actorPersonId: e.actorPersonId, actorName: e.actorName, role: e.role, action: e.action,
      targetIds: e.targetIds, targets,
    }
  })
