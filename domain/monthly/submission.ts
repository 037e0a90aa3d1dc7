/** 报送情况：应报 / 已报 / 按时 / 迟报 / 未报 / 零报告，按班级、按宿舍 */
import type { ReportKind } from '../../types/domain'
import type { SubmissionCounts, SubmissionSection, SubmissionTotals, SubmissionUnitRow } from '../../types/models-reports'
import type { MonthInput } from './input'
import { byName, ratio, weekKey, type MonthPeriod } from './period'

const emptyCounts = (): SubmissionCounts => ({ expected: 0, submitted: 0, onTime: 0, late: 0, missing: 0, zero: 0 })

function totals(rows: SubmissionCounts[]): SubmissionTotals {
  const c = emptyCounts()
  for (const r of rows) {
    c.expected += r.expected
    c.submitted += r.submitted
    c.onTime += r.onTime
    c.late += r.late
    c.missing += r.missing
    c.zero += r.zero
  }
  return {
    units: rows.length,
    ...c,
    submissionRate: ratio(c.submitted, c.expected),
    onTimeRate: ratio(c.onTime, c.expected),
    zeroRate: ratio(c.zero, c.submitted),
  }
}

export function computeSubmission(input: MonthInput, p: MonthPeriod): SubmissionSection {
  const expectedPerUnit = p.weeks.length
  const byUnit = new Map<string, UnitReports>()
  for (const u of input.weekly) byUnit.set(`${u.kind}:${u.unitId}`, u)

  const rowFor = (kind: ReportKind, unit: { _id: string; name: string }): SubmissionUnitRow => {
    const row: SubmissionUnitRow = { kind, unitId: unit._id, name: unit.name, ...emptyCounts(), expected: expectedPerUnit }
    // 同一周只计一份（_id 已保证唯一，这里再防御一次）
    const seen = new Set<string>()
    for (const r of byUnit.get(`${kind}:${unit._id}`)?.reports ?? []) {
      const k = weekKey(r.termId, r.week)
      if (!p.weekKeys.has(k) || seen.has(k)) continue
      seen.add(k)
      row.submitted++
      if (r.onTime) row.onTime++
      if (r.zero) row.zero++
    }
    row.late = row.submitted - row.onTime
    row.missing = row.expected - row.submitted
    return row
  }

  const classRows = [...input.classes].sort(byName).map((c) => rowFor('class', c))
  const dormRows = [...input.dorms].sort(byName).map((d) => rowFor('dorm', d))
  return {
    weeks: p.weeks,
    class: totals(classRows),
    dorm: totals(dormRows),
    total: totals([...classRows, ...dormRows]),
    units: [...classRows, ...dormRows],
  }
}

type UnitReports = MonthInput['weekly'][number]
