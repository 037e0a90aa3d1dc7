/**
 * 宣教活动（纯函数）：阶段只进不退；按类型统计计划 / 已开展 / 已总结；学期没有主题宣教活动时提醒。
 */
import type { ActivityStatsView } from '../../types/api/ledger-views'
import { ACTIVITY_STAGES, ACTIVITY_TYPES, type ActivityStage, type ActivityType } from '../../types/models-ledger'

export const stageRank = (s: ActivityStage): number => ACTIVITY_STAGES.indexOf(s)

/** 从 from 到 to 的推进：forward = 下一阶段；backwards = 回到或停在已过的阶段；skip = 跳过一阶段 */
export function stageMove(from: ActivityStage, to: ActivityStage): 'forward' | 'backwards' | 'skip' {
  const d = stageRank(to) - stageRank(from)
  return d === 1 ? 'forward' : d <= 0 ? 'backwards' : 'skip'
}

/** “计划”列数全部活动，“已开展”数已开展或已总结的，“已总结”数已总结的 */
export function activityRows(items: ReadonlyArray<{ type: ActivityType; stage: ActivityStage }>): ActivityStatsView['rows'] {
  return ACTIVITY_TYPES.map((type) => {
    const of = items.filter((a) => a.type === type)
    return {
      type,
      planned: of.length,
      held: of.filter((a) => stageRank(a.stage) >= 1).length,
      summarised: of.filter((a) => a.stage === 'summarised').length,
    }
  })
}

export function activityWarnings(rows: ActivityStatsView['rows']): string[] {
  const theme = rows.find((r) => r.type === 'theme')!
  if (theme.planned === 0) return ['本学期还没有主题宣教活动：考核要求每学期至少一次，请制定计划']
  if (theme.held === 0) return ['本学期的主题宣教活动尚未开展']
  if (theme.summarised === 0) return ['本学期的主题宣教活动还没有总结']
  return []
}
