/**
 * 培训覆盖矩阵（纯函数）：学期 × 年级 × 角色（心理委员 / 宿舍心理观察员）。
 * - 在任者：参考时刻（学期内为现在，学期结束后为学期最后一刻）在任的学生骨干；角色换人后看新任者。
 * - 已培训：本学期任一场培训中到场（按人计，不论当时任何角色）。
 * - 缺训：未培训，且是某场已结束培训的应到人员。
 * - 未培训：其余。
 * - 第 N−3 周起（含学期结束后），每个年级中本学期没有任何面向它的培训的角色给出提醒。
 */
import type { CoverageCell, CoverageView } from '../../types/api/ledger-views'
import { ROLE_LABELS } from '../../types/domain'
import { CADRE_ROLES, type CadreRole } from '../../types/models-ledger'

export interface CoverageHolder {
  personId: string
  name: string
  role: string
  grade: string | null
}

export interface CoverageTraining {
  id: string
  ended: boolean
  /** 面向学生骨干时的角色与年级（面向工作人员为 null） */
  cadres: { roles: CadreRole[]; grades: string[] } | null
  expectedIds: string[]
  presentIds: string[]
}

export interface CoverageInput {
  term: { _id: string; name: string; weeks: number }
  /** 当前周次（学期前 0，学期后 weeks+1） */
  week: number
  grades: string[]
  holders: CoverageHolder[]
  trainings: CoverageTraining[]
}

/** 开始提醒的周次：N−3 */
export const warnFromWeek = (weeks: number): number => Math.max(1, weeks - 3)

export function computeCoverage(input: CoverageInput): CoverageView {
  const trained = new Set(input.trainings.flatMap((t) => t.presentIds))
  const missedIds = new Set(input.trainings.filter((t) => t.ended).flatMap((t) => t.expectedIds))
  const cells: CoverageCell[] = []
  for (const grade of input.grades) {
    for (const role of CADRE_ROLES) {
      const people = input.holders
        .filter((h) => h.role === role && h.grade === grade)
        .map((h) => ({
          personId: h.personId,
          name: h.name,
          status: trained.has(h.personId) ? ('trained' as const) : missedIds.has(h.personId) ? ('missed' as const) : ('not_yet' as const),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
      cells.push({
        grade, role,
        trained: people.filter((p) => p.status === 'trained').length,
        missed: people.filter((p) => p.status === 'missed').length,
        notYet: people.filter((p) => p.status === 'not_yet').length,
        hasTraining: input.trainings.some((t) => !!t.cadres && t.cadres.roles.includes(role) && t.cadres.grades.includes(grade)),
        people,
      })
    }
  }
  const warnings: CoverageView['warnings'] = []
  if (input.week >= warnFromWeek(input.term.weeks)) {
    for (const grade of input.grades) {
      const roles = CADRE_ROLES.filter((r) => !cells.find((c) => c.grade === grade && c.role === r)?.hasTraining)
      if (roles.length) warnings.push({ grade, roles, message: `${grade}的${roles.map((r) => ROLE_LABELS[r]).join('、')}本学期尚无培训，请在学期结束前安排` })
    }
  }
  const inTerm = input.week >= 1 && input.week <= input.term.weeks
  return { termId: input.term._id, termName: input.term.name, week: inTerm ? input.week : null, grades: input.grades, cells, warnings }
}
