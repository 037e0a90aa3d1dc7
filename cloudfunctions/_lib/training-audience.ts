/**
 * 培训对象的匹配规则（ledger 推导应到人员、工作台列出“今天的培训签到”共用）：
 * 学生骨干按角色 × 年级，辅导员创建的培训再限于其负责的班级（委员）与宿舍（观察员）；点名的工作人员按人。
 */
import type { Role } from '../../types/domain'
import type { TrainingDoc } from '../../types/models-ledger'

/** 一条任职的事实：角色、年级（委员取所在班级的年级，观察员取其本人所在班级的年级）、单位 */
export interface CadreFacts {
  personId: string
  role: Role
  grade: string | null
  classId?: string
  dormId?: string
}

export function audienceIncludes(t: Pick<TrainingDoc, 'audience' | 'unitScope'>, c: CadreFacts): boolean {
  if (t.audience.kind === 'staff') return t.audience.personIds.includes(c.personId)
  if (!(t.audience.roles as readonly Role[]).includes(c.role)) return false
  if (!c.grade || !t.audience.grades.includes(c.grade)) return false
  const scope = t.unitScope
  if (!scope) return true
  return c.role === 'committee' ? scope.classIds.includes(c.classId ?? '') : scope.dormIds.includes(c.dormId ?? '')
}
