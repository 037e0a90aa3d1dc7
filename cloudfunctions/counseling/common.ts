/**
 * counseling 云函数内部的数据读写小工具（不含任何范围判断：范围只在 _lib/access）。
 */
import { shanghaiDate } from '../../domain/calendar'
import type { StudentDoc } from '../../types/models'

export { unwrap as must, getById as getDoc, fetchAll, getByIds, insertOnce, updateWhere } from '../_lib/dbops'
export { iso, isoOpt, loadClasses, loadDorms, loadPeople, loadStudents, newId } from '../_lib/docs'

/** 北京时间的今天 */
export const todayOf = (now: Date): string => shanghaiDate(now)

/** 学生快照字段：写入每条学生相关记录 */
export function studentSnapshot(s: StudentDoc) {
  return { stationId: s.stationId, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId }
}

/** 由幂等键生成稳定 _id（同一人同一键 → 同一 id） */
export function idempotentId(prefix: string, personId: string, requestId: string): string {
  return `${prefix}:${personId}:${requestId}`.slice(0, 200)
}
