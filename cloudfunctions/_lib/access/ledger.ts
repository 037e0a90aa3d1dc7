/**
 * 访问控制（续）：工作台账（培训、深入宿舍、研判会、宣教活动）的管理与可见范围。从 _lib/access 导出。
 */
import { scopeOf, type Caller } from './scope'

// ---------- 工作台账（培训、深入宿舍、研判会、宣教活动） ----------

/**
 * 可管理一场培训或一项活动（出示签到码、标记考勤、推进阶段）：本站站长，或创建它的辅导员。
 * 其他人一律不可管理。
 */
export function ledgerManageable(caller: Caller, doc: { stationId: string; createdBy: string }): boolean {
  const s = scopeOf(caller.assignment)
  if (s.kind === 'station') return doc.stationId === s.stationId
  if (s.kind === 'counselor') return doc.stationId === s.stationId && doc.createdBy === caller.person._id
  return false
}

/**
 * 可读一场培训：可管理它的人，或在应到名单中的本人（学生骨干、被点名的工作人员）。
 * expectedPersonIds 由调用方按培训对象与培训日的任职推导。
 */
export function trainingReadable(caller: Caller, doc: { stationId: string; createdBy: string }, expectedPersonIds: readonly string[]): boolean {
  if (ledgerManageable(caller, doc)) return true
  return doc.stationId === caller.stationId && expectedPersonIds.includes(caller.person._id)
}

/** 辅导员建培训或活动时的单位范围（只面向自己负责的班级与宿舍）；站长为 undefined（全站） */
export function ledgerUnitScope(caller: Caller): { classIds: string[]; dormIds: string[] } | undefined {
  const s = scopeOf(caller.assignment)
  if (s.kind === 'counselor') return { classIds: [...s.classIds], dormIds: [...s.dormIds] }
  return undefined
}

/**
 * 研判会、深入宿舍记录等“按讨论到的学生可见”的台账查询条件：站长全站；辅导员为涉及其所带班级或宿舍的记录。
 * 记录须带 stationId、classIds、dormIds 数组。返回 null 表示无可见记录。
 */
export function ledgerStudentFilter(caller: Caller): Record<string, unknown> | null {
  const s = scopeOf(caller.assignment)
  if (s.kind === 'station') return { stationId: s.stationId }
  if (s.kind === 'counselor') return { stationId: s.stationId, $or: [{ classIds: { $in: s.classIds } }, { dormIds: { $in: s.dormIds } }] }
  return null
}

/** 深入宿舍记录的可见条件：站长全站；辅导员为本人记录的走访 */
export function visitScopeFilter(caller: Caller): Record<string, unknown> | null {
  const s = scopeOf(caller.assignment)
  if (s.kind === 'station') return { stationId: s.stationId }
  if (s.kind === 'counselor') return { stationId: s.stationId, counselorId: caller.person._id }
  return null
}
