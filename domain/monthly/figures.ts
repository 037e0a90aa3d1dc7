/** 关键指标（可跨站相加的计数）与趋势行（本月 vs 上月） */
import type { KeyFigures, Ratio, TrendRow, TrendUnit } from '../../types/models-reports'
import type { ConcernSection, KeyCareSection, RollCallSection, SubmissionSection, TalkSection } from '../../types/models-reports'
import { ratio } from './period'

export interface SectionSet {
  submission: SubmissionSection
  concerns: ConcernSection
  keyCare: KeyCareSection
  rollCalls: RollCallSection
  talks: TalkSection
}

export function figuresOf(s: SectionSet): KeyFigures {
  const t = s.submission.total
  return {
    reportsExpected: t.expected,
    reportsSubmitted: t.submitted,
    reportsOnTime: t.onTime,
    reportsLate: t.late,
    reportsMissing: t.missing,
    reportsZero: t.zero,
    concernEntries: s.concerns.entries,
    concernStudents: s.concerns.students.distinct,
    crisisEntries: s.concerns.byLevel.crisis,
    alerts: s.concerns.alerts.total,
    alertsAcked: s.concerns.alerts.acked,
    alertsEscalated: s.concerns.alerts.escalated,
    keyCareEnd: s.keyCare.end,
    keyCareAdded: s.keyCare.added,
    keyCareClosed: s.keyCare.closed,
    keyCareReferred: s.keyCare.referred,
    keyCareOverdue: s.keyCare.overdue,
    rollCallsExpected: s.rollCalls.classWeeks,
    rollCallsRecorded: s.rollCalls.recorded,
    rollCallsConfirmed: s.rollCalls.confirmed,
    attendanceExpected: s.rollCalls.expected,
    attendancePresent: s.rollCalls.present,
    talks: s.talks.total,
    followUpFlagged: s.talks.followUp7d.flagged,
    followUpTalked: s.talks.followUp7d.talked,
    followUpPending: s.talks.followUp7d.pending,
    peerLogged: s.talks.peer.logged,
    peerConfirmed: s.talks.peer.confirmed,
  }
}

const EMPTY_FIGURES: KeyFigures = {
  reportsExpected: 0, reportsSubmitted: 0, reportsOnTime: 0, reportsLate: 0, reportsMissing: 0, reportsZero: 0,
  concernEntries: 0, concernStudents: 0, crisisEntries: 0, alerts: 0, alertsAcked: 0, alertsEscalated: 0,
  keyCareEnd: 0, keyCareAdded: 0, keyCareClosed: 0, keyCareReferred: 0, keyCareOverdue: 0,
  rollCallsExpected: 0, rollCallsRecorded: 0, rollCallsConfirmed: 0, attendanceExpected: 0, attendancePresent: 0,
  talks: 0, followUpFlagged: 0, followUpTalked: 0, followUpPending: 0, peerLogged: 0, peerConfirmed: 0,
}

export const emptyFigures = (): KeyFigures => ({ ...EMPTY_FIGURES })

/** 各站关键指标相加（全校汇总） */
export function sumFigures(list: KeyFigures[]): KeyFigures {
  const out = emptyFigures()
  for (const k of Object.keys(out) as (keyof KeyFigures)[]) out[k] = list.reduce((n, f) => n + (f[k] ?? 0), 0)
  return out
}

interface TrendDef {
  key: string
  label: string
  unit: TrendUnit
  value: (f: KeyFigures) => number | Ratio
}

/** 趋势指标定义（顺序即显示顺序） */
export const TREND_DEFS: TrendDef[] = [
  { key: 'reportsSubmitted', label: '周报已报', unit: 'count', value: (f) => f.reportsSubmitted },
  { key: 'submissionRate', label: '报送率', unit: 'ratio', value: (f) => ratio(f.reportsSubmitted, f.reportsExpected) },
  { key: 'onTimeRate', label: '按时率', unit: 'ratio', value: (f) => ratio(f.reportsOnTime, f.reportsExpected) },
  { key: 'reportsMissing', label: '未报', unit: 'count', value: (f) => f.reportsMissing },
  { key: 'zeroRate', label: '零报告率', unit: 'ratio', value: (f) => ratio(f.reportsZero, f.reportsSubmitted) },
  { key: 'concernEntries', label: '关注条目', unit: 'count', value: (f) => f.concernEntries },
  { key: 'concernStudents', label: '被关注学生', unit: 'count', value: (f) => f.concernStudents },
  { key: 'crisisEntries', label: '危机条目', unit: 'count', value: (f) => f.crisisEntries },
  { key: 'alerts', label: '即时报告', unit: 'count', value: (f) => f.alerts },
  { key: 'keyCareEnd', label: '重点关注库月末在库', unit: 'count', value: (f) => f.keyCareEnd },
  { key: 'keyCareAdded', label: '新增入库', unit: 'count', value: (f) => f.keyCareAdded },
  { key: 'keyCareClosed', label: '解除关注', unit: 'count', value: (f) => f.keyCareClosed },
  { key: 'keyCareReferred', label: '转介', unit: 'count', value: (f) => f.keyCareReferred },
  { key: 'keyCareOverdue', label: '跟进逾期', unit: 'count', value: (f) => f.keyCareOverdue },
  { key: 'rollCallRate', label: '晚点名记录率', unit: 'ratio', value: (f) => ratio(f.rollCallsRecorded, f.rollCallsExpected) },
  { key: 'attendanceRate', label: '晚点名出勤率', unit: 'ratio', value: (f) => ratio(f.attendancePresent, f.attendanceExpected) },
  { key: 'talks', label: '谈心谈话', unit: 'count', value: (f) => f.talks },
  { key: 'followUpShare', label: '7日内谈话覆盖率', unit: 'ratio', value: (f) => ratio(f.followUpTalked, f.followUpFlagged - f.followUpPending) },
  { key: 'peerConfirmed', label: '朋辈谈心（已确认）', unit: 'count', value: (f) => f.peerConfirmed },
]

export function trendRows(current: KeyFigures, previous: KeyFigures): TrendRow[] {
  return TREND_DEFS.map((d) => ({ key: d.key, label: d.label, unit: d.unit, current: d.value(current), previous: d.value(previous) }))
}
