/**
 * 关注等级的规则（函数、定时任务与月报共用）：等级高低、一组等级中最高的、哪些变更须站长审批。
 */
import type { Level } from '../types/domain'

/** 等级高低：一般 < 重点 < 危机 */
export const LEVEL_RANK: Record<Level, number> = { general: 1, key: 2, crisis: 3 }

/** 一组等级中最高的；空组为 null */
export function maxLevel(levels: readonly Level[]): Level | null {
  return levels.reduce<Level | null>((m, l) => (!m || LEVEL_RANK[l] > LEVEL_RANK[m] ? l : m), null)
}

/** 进入或离开“危机”的等级变更须站长审批 */
export const crossesCrisis = (from: Level, to: Level): boolean => (from === 'crisis') !== (to === 'crisis')
