/** 晚点名：应点名班次、已记录、已确认、出勤率、缺勤原因 */
import { ABSENCE_REASONS } from '../../types/domain'
import type { RollCallClassRow, RollCallSection } from '../../types/models-reports'
import type { MonthInput } from './input'
import { byName, ratio, weekKey, zeroCounts, type MonthPeriod } from './period'

export function computeRollCalls(input: MonthInput, p: MonthPeriod): RollCallSection {
  const byClass = new Map(input.rollCalls.map((r) => [r.classId, r.calls]))
  const absences = zeroCounts(ABSENCE_REASONS)
  const s = { recorded: 0, confirmed: 0, pending: 0, returned: 0, expected: 0, present: 0 }
  const classes: RollCallClassRow[] = []
  for (const c of [...input.classes].sort(byName)) {
    const row: RollCallClassRow = { classId: c._id, name: c.name, weeks: p.weeks.length, recorded: 0, confirmed: 0, expected: 0, present: 0 }
    const seen = new Set<string>()
    for (const call of byClass.get(c._id) ?? []) {
      const k = weekKey(call.termId, call.week)
      if (!p.weekKeys.has(k) || seen.has(k)) continue
      seen.add(k)
      row.recorded++
      row.expected += call.expected
      row.present += call.present
      if (call.status === 'confirmed') row.confirmed++
      else s[call.status]++
      for (const r of call.reasons) if (r in absences) absences[r]++
    }
    s.recorded += row.recorded
    s.confirmed += row.confirmed
    s.expected += row.expected
    s.present += row.present
    classes.push(row)
  }
  return {
    classWeeks: input.classes.length * p.weeks.length,
    ...s,
    attendanceRate: ratio(s.present, s.expected),
    absences,
    classes,
  }
}
