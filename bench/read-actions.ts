/**
 * bench:actions 测量的读动作表：每个函数的每个读动作（只写审计日志、不写别的）一行，带负载与它是否为某个页面取数。
 * 新的读动作在这里加一行（见 docs/CONVENTIONS.md“How to add a read action”）。
 */
import { previousMonth, shanghaiMonth } from '../domain/calendar'
import { COLLECTIONS } from '../cloudfunctions/_lib/collections'
import { first, firstOf, unitWhere, type Payload, type ReadSpec, type Scope } from './read-actions-base'
import { ASSESSMENT, LEDGER, STATION } from './read-actions-ledger'

export type { ReadSpec, Scope }

const empty: Payload = async () => ({})
const month = (now: Date) => previousMonth(shanghaiMonth(now))


/** 读动作及其负载：每个函数的每个读动作，以契约允许的每个角色调用 */
export const READ_ACTIONS: Record<string, ReadSpec> = {
  'identity.me': { screen: true, payload: empty },
  'identity.invite.list': { screen: true, payload: empty },
  'identity.org.classes': { screen: true, payload: empty },
  'identity.org.dorms': { screen: true, payload: empty },
  'identity.org.students': { screen: true, payload: async (_db, s) => (s.classId ? { classId: s.classId } : s.dormId ? { dormId: s.dormId } : {}) },
  'identity.org.student': {
    screen: true,
    payload: async (db, s) => {
      const st = await first(db, COLLECTIONS.students, unitWhere(s))
      return st ? { studentId: st._id } : null
    },
  },
  'identity.roster.template': { screen: false, payload: empty },
  'identity.people.list': { screen: true, payload: empty },
  'identity.term.get': { screen: true, payload: empty },
  'identity.audit.list': { screen: true, payload: empty },
  'identity.messages.list': { screen: true, payload: empty },
  'identity.handover.list': { screen: true, payload: empty },
  'identity.audit.get': { screen: true, payload: firstOf(COLLECTIONS.auditLogs, (s) => ({ stationId: s.stationId })) },
  'identity.file.link': {
    screen: true,
    payload: async (db, s) => {
      // 本人上传的文件（学校中心在这两个站点上没有）
      if (!s.personId) return null
      const f = await first(db, COLLECTIONS.files, { stationId: s.stationId, status: 'accepted', ownerId: s.personId })
      return f ? { fileId: f._id } : null
    },
  },
  'observations.week.current': { screen: true, payload: empty },
  'observations.report.get': {
    screen: true,
    payload: async (db, s) => {
      const r = await first(db, COLLECTIONS.weeklyReports, s.classId ? { unitId: s.classId } : s.dormId ? { unitId: s.dormId } : { stationId: s.stationId })
      return r ? { week: r.week, kind: r.kind, unitId: r.unitId, termId: r.termId } : null
    },
  },
  'observations.report.history': { screen: true, payload: empty },
  'observations.board.week': { screen: true, payload: empty },
  'observations.report.search': { screen: true, payload: empty },
  'observations.alert.list': { screen: true, payload: async () => ({ status: 'all' }) },
  'observations.alert.timeline': {
    screen: true,
    payload: async (db, s) => {
      const a = await first(db, COLLECTIONS.alerts, s.classIds ? { stationId: s.stationId, counselorIds: s.personId } : { stationId: s.stationId })
      return a ? { alertId: a._id } : null
    },
  },
  'observations.tasks.list': { screen: true, payload: empty },
  'observations.workbench': { screen: true, payload: empty },
  'observations.missing.list': { screen: true, payload: empty },
  'counseling.rollcall.get': {
    screen: true,
    payload: async (db, s) => {
      // 站长：本站记过点名的一个班
      const classId = s.classId ?? (await first(db, COLLECTIONS.rollCalls, { stationId: s.stationId }))?.classId
      return classId ? { classId } : null
    },
  },
  'counseling.rollcall.board': { screen: true, payload: empty },
  'counseling.talk.prefill': {
    screen: true,
    payload: async (db, s) => {
      const a = await first(db, COLLECTIONS.alerts, { stationId: s.stationId, studentId: db.command.exists(true) })
      return a ? { alertId: a._id } : null
    },
  },
  'counseling.talk.list': { screen: true, payload: empty },
  'counseling.talk.get': {
    screen: true,
    payload: async (db, s) => {
      // 辅导员只读自己记录的谈话
      if (s.classIds) {
        const own = await first(db, COLLECTIONS.talks, { authorId: s.personId })
        return own ? { id: own._id } : null
      }
      const student = s.referred ?? (await first(db, COLLECTIONS.students, unitWhere(s, db)))?._id
      const t = student ? await first(db, COLLECTIONS.talks, { studentId: student }) : null
      return t ? { id: t._id } : null
    },
  },
  'counseling.student.timeline': {
    screen: true,
    payload: async (db, s) => {
      const student = s.referred ?? (await first(db, COLLECTIONS.students, unitWhere(s, db)))?._id
      const t = student ? await first(db, COLLECTIONS.talks, { studentId: student }) : null
      return t ? { studentId: t.studentId } : null
    },
  },
  'counseling.peer.list': { screen: true, payload: empty },
  'counseling.keycare.list': { screen: true, payload: empty },
  'counseling.keycare.get': {
    screen: true,
    payload: async (db, s) => {
      const e = await first(db, COLLECTIONS.keyCare, unitWhere(s, db))
      return e ? { id: e._id } : null
    },
  },
  'counseling.approval.list': { screen: true, payload: empty },
  'counseling.referral.list': { screen: true, payload: empty },
  'counseling.referral.get': {
    screen: true,
    payload: async (db) => {
      const e = await first(db, COLLECTIONS.keyCare, { centerReferredAt: db.command.exists(true) })
      return e ? { id: e._id } : null
    },
  },
  'counseling.week.overview': { screen: true, payload: empty },
  'reports.monthly.get': {
    screen: true,
    payload: async (db, s) => {
      const r = await first(db, COLLECTIONS.monthlyReports, s.referred !== undefined ? { status: 'submitted' } : { stationId: s.stationId })
      return r ? { month: r.month, ...(s.referred !== undefined ? { stationId: r.stationId } : {}) } : null
    },
  },
  'reports.monthly.overview': { screen: true, payload: async (_db, _s, now) => ({ month: month(now) }) },
  'reports.workbench': { screen: true, payload: empty },
  'reports.monthly.generate': { screen: false, ownBudget: 'bench:monthly', payload: async (_db, _s, now) => ({ month: month(now) }) },
  'reports.monthly.export': {
    screen: false,
    ownBudget: 'bench:monthly',
    payload: async (db, s, now) => {
      const r = await first(db, COLLECTIONS.monthlyReports, s.referred !== undefined ? { stationId: s.stationId, status: 'submitted' } : { _id: `${s.stationId}:${month(now)}` })
      return r ? { month: r.month, ...(s.referred !== undefined ? { stationId: s.stationId } : {}) } : null
    },
  },
  ...LEDGER,
  ...STATION,
  ...ASSESSMENT,
}

