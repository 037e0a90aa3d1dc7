/**
 * counseling 云函数内部的小工具（不含任何范围判断：范围只在 _lib/access；数据库读写用 _lib/dbops 与 _lib/docs）。
 */
import type { StudentDoc } from '../../types/models'

/** 学生快照字段：写入每条学生相关记录 */
export function studentSnapshot(s: StudentDoc) {
  return { stationId: s.stationId, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId }
}

/** 由幂等键生成稳定 _id（同一人同一键 → 同一 id） */
export function idempotentId(prefix: string, personId: string, requestId: string): string {
  return `${prefix}:${personId}:${requestId}`.slice(0, 200)
}
