/** 关注情况：条目按类别/等级、被关注学生（去重、新增/持续）、即时报告与确认用时 */
import { LEVEL_RANK } from '../levels'
import { CONCERN_CATEGORIES, LEVELS, REPORT_KINDS, type Level } from '../../types/domain'
import type { AlertStats, ConcernSection } from '../../types/models-reports'
import type { AlertInput, ConcernInput, MonthInput } from './input'
import { inPeriod, weekKey, zeroCounts, type MonthPeriod } from './period'


/** 本月应报周内周报中的关注条目 */
export function concernsIn(input: MonthInput, p: MonthPeriod): ConcernInput[] {
  return input.concerns.filter((c) => p.weekKeys.has(weekKey(c.termId, c.week)))
}

/** 被关注学生：studentId → 本月最早被关注时刻与最高等级 */
export function flaggedStudents(entries: ConcernInput[]): Map<string, { firstAt: Date; level: Level }> {
  const out = new Map<string, { firstAt: Date; level: Level }>()
  for (const e of entries) {
    const at = new Date(e.flaggedAt)
    const cur = out.get(e.studentId)
    if (!cur) out.set(e.studentId, { firstAt: at, level: e.level })
    else {
      if (at.getTime() < cur.firstAt.getTime()) cur.firstAt = at
      if (LEVEL_RANK[e.level] > LEVEL_RANK[cur.level]) cur.level = e.level
    }
  }
  return out
}

/** 中位数（偶数个取中间两个的平均） */
export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10)

export function alertStats(alerts: AlertInput[], p: MonthPeriod): AlertStats {
  const inMonth = alerts.filter((a) => inPeriod(p, a.createdAt))
  const minutes: number[] = []
  const stats: AlertStats = {
    total: inMonth.length,
    bySource: { concern: 0, button: 0 },
    acked: 0,
    ackedInTime: 0,
    unacked: 0,
    escalated: 0,
    ackMinutesMedian: null,
    ackMinutesMax: null,
  }
  for (const a of inMonth) {
    stats.bySource[a.source === 'button' ? 'button' : 'concern']++
    if (a.escalatedAt) stats.escalated++
    if (!a.ackedAt) {
      stats.unacked++
      continue
    }
    stats.acked++
    const acked = new Date(a.ackedAt).getTime()
    if (acked <= new Date(a.ackDeadline).getTime()) stats.ackedInTime++
    minutes.push((acked - new Date(a.createdAt).getTime()) / 60_000)
  }
  stats.ackMinutesMedian = round1(median(minutes))
  stats.ackMinutesMax = round1(minutes.length ? Math.max(...minutes) : null)
  return stats
}

export function computeConcerns(input: MonthInput, p: MonthPeriod, prev: MonthPeriod): ConcernSection {
  const entries = concernsIn(input, p)
  const byKind = zeroCounts(REPORT_KINDS)
  const byCategory = zeroCounts(CONCERN_CATEGORIES)
  const byLevel = zeroCounts(LEVELS)
  for (const e of entries) {
    byKind[e.kind]++
    byLevel[e.level]++
    for (const c of new Set(e.categories)) if (c in byCategory) byCategory[c]++
  }
  const flagged = flaggedStudents(entries)
  const prevFlagged = new Set(concernsIn(input, prev).map((e) => e.studentId))
  const byHighestLevel = zeroCounts(LEVELS)
  let continuing = 0
  for (const [studentId, f] of flagged) {
    byHighestLevel[f.level]++
    if (prevFlagged.has(studentId)) continuing++
  }
  return {
    entries: entries.length,
    byKind,
    byCategory,
    byLevel,
    students: { distinct: flagged.size, new: flagged.size - continuing, continuing, byHighestLevel },
    alerts: alertStats(input.alerts, p),
  }
}
