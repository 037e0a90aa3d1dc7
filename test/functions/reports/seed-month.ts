/**
 * 把手算样本（test/unit/monthly-sample.ts）写成真实形态的数据库文档，落在夹具站点 S 上：
 * 周报、即时报告、重点关注库、晚点名、谈话、朋辈谈心。夹具的学期、班级、宿舍、学生与样本一一对应。
 */
import { weekWindow } from '../../../domain/calendar'
import type { MonthInput } from '../../../domain/monthly'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { Database } from '../../../cloudfunctions/_lib/sdk'
import type { AlertDoc, ConcernEntry, WeeklyReportDoc } from '../../../types/models-observations'
import type { KeyCareDoc, PeerTalkDoc, RollCallDoc, TalkDoc } from '../../../types/models-counseling'
import type { MonthlySections } from '../../../types/models-reports'
import { FIXTURE_TERM, insertAll, type Fixture, type StudentKey } from '../../support/fixtures'
import { sampleMonth } from '../../unit/monthly-sample'

/** 样本 id → 夹具 id */
export function idMap(f: Fixture): Record<string, string> {
  const m: Record<string, string> = {
    'term-1': f.termId,
    cA: f.classes.A, cB: f.classes.B, cC: f.classes.C,
    dA: f.dorms.A, dB: f.dorms.B, dC: f.dorms.C,
    pA: f.personIds.counselorA, pB: f.personIds.counselorB,
  }
  for (const [k, id] of Object.entries(f.students)) m[k] = id
  return m
}

/** 把样本的期望结果换成夹具 id（用于与数据库生成的结果逐项比较） */
export function expectedWithFixtureIds(f: Fixture, sections: MonthlySections): MonthlySections {
  let json = JSON.stringify(sections)
  for (const [from, to] of Object.entries(idMap(f))) json = json.split(`"${from}"`).join(`"${to}"`)
  return JSON.parse(json)
}

export async function seedSampleMonth(db: Database, f: Fixture, sample: MonthInput = sampleMonth()): Promise<void> {
  const id = idMap(f)
  const S = f.stationId
  const term = { ...FIXTURE_TERM, weeksOff: [...FIXTURE_TERM.weeksOff] }
  const student = (k: string) => f.studentDocs[k as StudentKey]
  const concernsOf = (kind: string, unit: string, week: number) =>
    sample.concerns.filter((c) => c.reportId === `r-${unit}-${week}` && c.kind === kind)

  const reports: WeeklyReportDoc[] = []
  for (const u of sample.weekly) {
    for (const r of u.reports) {
      const due = weekWindow(term, r.week).due
      const entries = concernsOf(u.kind, u.unitId, r.week)
      const at = entries[0]?.flaggedAt ?? new Date(due.getTime() + (r.onTime ? -2 : 26) * 3600_000)
      const unitId = id[u.unitId]
      const concerns: ConcernEntry[] = entries.map((c, i) => {
        const s = student(c.studentId)
        return {
          id: `c${i + 1}`, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId,
          categories: c.categories, level: c.level, description: '情况描述', measures: '', needsTalk: c.level !== 'general',
        }
      })
      reports.push({
        _id: `${f.termId}:${r.week}:${u.kind}:${unitId}`, stationId: S, termId: f.termId, week: r.week, kind: u.kind, unitId,
        ...(u.kind === 'class' ? { classId: unitId } : { dormId: unitId }),
        reporterId: 'p-reporter', reporterName: '填报人', hasConcern: !r.zero, overall: r.zero ? '' : '总体平稳', majorEvents: '',
        concerns, status: 'submitted', firstSubmittedAt: at, submittedAt: at, onTime: r.onTime, revision: 1,
        revisions: [{ revision: 1, submittedAt: at, idempotencyKey: `seed-${u.unitId}-${r.week}`, hasConcern: !r.zero, overall: '', majorEvents: '', concerns }],
        concernLevels: concerns.map((c) => c.level), concernCategories: concerns.flatMap((c) => c.categories), studentIds: concerns.map((c) => c.studentId),
      })
    }
  }

  const alerts: AlertDoc[] = sample.alerts.map((a) => ({
    _id: `seed-${a._id}`, stationId: S, source: a.source, reporterId: 'p-reporter', level: 'crisis', description: '即时报告',
    createdAt: a.createdAt, ackDeadline: a.ackDeadline, counselorIds: [f.personIds.counselorA],
    ackedAt: a.ackedAt ?? null, ackedBy: a.ackedAt ? f.personIds.counselorA : null, escalatedAt: a.escalatedAt ?? null,
  }))

  const keyCare: KeyCareDoc[] = sample.keyCare.map((e) => {
    const s = student(e.studentId)
    const doc: KeyCareDoc = {
      _id: `seed-${e._id}`, stationId: S, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId,
      level: e.level, categories: e.categories, enteredAt: e.enteredAt, source: e.source as KeyCareDoc['source'],
      counselorId: f.personIds.counselorA, counselorName: '钱老师', nextFollowUp: e.nextFollowUp, status: e.status,
      history: e.history.map((h) => ({ at: h.at, by: f.personIds.counselorA, change: h.change as KeyCareDoc['history'][number]['change'], ...(h.from ? { from: h.from } : {}), ...(h.to ? { to: h.to } : {}) })),
      centerFeedback: [], createdAt: new Date(`${e.enteredAt}T02:00:00Z`), updatedAt: new Date(`${e.enteredAt}T02:00:00Z`),
    }
    if (e.referral) doc.referral = e.referral
    if (e.closeReason) doc.closeReason = e.closeReason
    if (e.closedAt) doc.closedAt = e.closedAt
    return doc
  })

  const REASON_STUDENTS: Record<string, string[]> = { cA: ['a2', 'a3', 'a4'], cB: ['b2', 'b3'], cC: ['c1', 'c3'] }
  const rollCalls: RollCallDoc[] = sample.rollCalls.flatMap((rc) => rc.calls.map((c) => {
    const heldAt = new Date(weekWindow(term, c.week).due.getTime() - 3600_000)
    const absences = c.reasons.map((reason, i) => {
      const s = student(REASON_STUDENTS[rc.classId][i])
      return { studentId: s._id, studentName: s.name, reason, ...(reason === 'other' ? { note: '参加竞赛' } : {}) }
    })
    const returnedFirst = rc.classId === 'cA' && c.week === 6
    const rev = { revision: 1, savedAt: heldAt, savedBy: f.personIds.committeeA, heldAt, expected: c.expected, present: c.present, absences, correction: false }
    return {
      _id: `${f.termId}:${c.week}:${id[rc.classId]}`, stationId: S, termId: f.termId, week: c.week, classId: id[rc.classId], heldAt,
      expected: c.expected, present: c.present, absences, recordedBy: f.personIds.committeeA, recordedByName: '张晓明', status: c.status,
      // 第 6 周 A 班：先被退回，改后确认（两个版本）
      revision: returnedFirst ? 2 : 1, revisions: returnedFirst ? [{ ...rev, present: c.present + 1, absences: absences.slice(1) }, { ...rev, revision: 2 }] : [rev],
      correction: false, createdAt: heldAt, updatedAt: heldAt,
      ...(c.status === 'confirmed' ? { confirmedBy: f.personIds.counselorA, confirmedAt: heldAt } : {}),
      ...(c.status === 'returned' ? { returnComment: '人数有误', returnedBy: f.personIds.counselorA, returnedAt: heldAt } : {}),
    } as RollCallDoc
  }))

  const talks: TalkDoc[] = sample.talks.map((t, i) => {
    const s = student(t.studentId)
    const detail = sample.caseTalks.find((c) => c.studentId === t.studentId && c.date === t.date)
    return {
      _id: `seed-talk-${i + 1}`, stationId: S, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId,
      authorId: id[t.authorId], authorName: t.authorName, date: t.date, place: '辅导员办公室', form: 'in_person', type: t.type,
      source: 'self_initiated', summary: detail?.summary ?? '日常谈心', level: detail?.level ?? 'general', measures: detail?.measures ?? '',
      referred: t.referred, createdAt: new Date(`${t.date}T08:00:00Z`),
    }
  })

  const peerTalks: PeerTalkDoc[] = sample.peerTalks.flatMap((p) => Array.from({ length: p.count }, (_, i) => {
    const s = student(p.kind === 'class' ? { cA: 'a2', cB: 'b2', cC: 'c3' }[p.unitId]! : { dA: 'b3', dB: 'c3', dC: 'a4' }[p.unitId]!)
    const date = `${p.month}-${String(10 + i).padStart(2, '0')}`
    return {
      _id: `seed-peer-${p.kind}-${p.unitId}-${p.month}-${p.status}-${i}`, stationId: S, reporterId: 'p-reporter', reporterName: '填报人',
      kind: p.kind, unitId: id[p.unitId], studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId, date,
      form: 'in_person', category: '学业压力', summary: '朋辈谈心', needsCounselor: false, status: p.status,
      createdAt: new Date(`${date}T08:00:00Z`), updatedAt: new Date(`${date}T08:00:00Z`),
    } as PeerTalkDoc
  }))

  await Promise.all([
    insertAll(db, COLLECTIONS.weeklyReports, reports),
    insertAll(db, COLLECTIONS.alerts, alerts),
    insertAll(db, COLLECTIONS.keyCare, keyCare),
    insertAll(db, COLLECTIONS.rollCalls, rollCalls),
    insertAll(db, COLLECTIONS.talks, talks),
    insertAll(db, COLLECTIONS.peerTalks, peerTalks),
  ])
}
