/**
 * 深入宿舍月度覆盖（纯函数）：每位辅导员本月走访过的、自己负责的宿舍 / 负责的宿舍数，并列出未走访的宿舍。
 * 走访别人负责的宿舍不计入覆盖；同一宿舍本月走访多次算一次。
 */
import type { VisitCoverageRow } from '../../types/api/ledger-views'

export interface CoverageCounselor {
  personId: string
  name: string
  dormIds: string[]
}

export function visitCoverageRows(
  counselors: CoverageCounselor[],
  dormNames: ReadonlyMap<string, string>,
  visits: ReadonlyArray<{ counselorId: string; dormId: string }>,
): VisitCoverageRow[] {
  const merged = new Map<string, { name: string; assigned: Set<string> }>()
  for (const c of counselors) {
    const m = merged.get(c.personId) ?? { name: c.name, assigned: new Set<string>() }
    c.dormIds.forEach((d) => m.assigned.add(d))
    merged.set(c.personId, m)
  }
  return [...merged].map(([personId, { name, assigned }]) => {
    const seen = new Set(visits.filter((v) => v.counselorId === personId && assigned.has(v.dormId)).map((v) => v.dormId))
    const notVisited = [...assigned].filter((d) => !seen.has(d)).map((d) => ({ dormId: d, name: dormNames.get(d) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
    const rooms = [...assigned].map((d) => ({ dormId: d, name: dormNames.get(d) ?? '', visited: seen.has(d) })).sort((a, b) => a.name.localeCompare(b.name, 'zh'))
    return { counselorId: personId, name, assigned: assigned.size, visited: seen.size, notVisited, rooms }
  }).sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}
