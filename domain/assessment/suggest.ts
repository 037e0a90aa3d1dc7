/**
 * 建议自评分：每条考评细则一个建议分与中文理由（如 “第一学期 2023 级未开展心理委员培训（−2）”）。
 * 规则：从该条分值起扣，扣到 0 为止；每项合计夹在 [0, 该项分值]；总分与等级按版本的等级线。
 * 每条规则的文字说明见 docs/assessment.md。站长最终自评分由站长填写，建议分只是依据。
 */
import type { AssessmentPoint, AssessmentTableVersion, BinderSuggestion, ItemSuggestion, PointSuggestion } from '../../types/assessment'
import type { Indicators } from './indicators'
import { deduct, note, type PointRule } from './reasons'
import { IMPLEMENTATION_RULES } from './rules-implementation'
import { PEER_TEAM_RULES } from './rules-peer'
import { gradeOf } from './version'

/** 只看证明材料：该条的每个材料栏都有文件或说明为满分；缺一栏扣该条分值按栏均分 */
export const documentsRule: PointRule = (ind, point) => {
  const each = point.max / Math.max(1, point.slots.length)
  return point.slots.map((s) => {
    const d = ind.documents[s.key]
    if (!d?.hasEvidence) return deduct(`尚无“${s.label}”材料`, each)
    const parts = [d.files ? `${d.files} 份文件` : '', d.note ? '说明' : ''].filter(Boolean).join('与')
    return note(`“${s.label}”已有${parts}`)
  })
}

const RULES: Record<string, PointRule> = { ...IMPLEMENTATION_RULES, ...PEER_TEAM_RULES }

const clamp = (n: number, max: number): number => Math.min(max, Math.max(0, n))

export function suggestPoint(ind: Indicators, point: AssessmentPoint, table: AssessmentTableVersion): PointSuggestion {
  const rule = point.source === 'documents' ? documentsRule : RULES[point.id]
  const found = rule ? rule(ind, point, table) : [note('无可依据的记录，请站长自评')]
  // 按学期的规则在学年第一个学期开始前没有可计的内容
  const reasons = found.length ? found : [note('截至评估日尚无已开始的学期')]
  const score = clamp(point.max + reasons.reduce((s, r) => s + r.delta, 0), point.max)
  return { pointId: point.id, max: point.max, score, reasons }
}

/** 全表的建议分：细则 → 要点（夹在 [0, 分值]）→ 总分与等级 */
export function suggestBinder(ind: Indicators, table: AssessmentTableVersion): BinderSuggestion {
  const items: ItemSuggestion[] = table.items.map((item) => {
    const points = item.points.map((p) => suggestPoint(ind, p, table))
    return { itemId: item.id, max: item.max, score: clamp(points.reduce((s, p) => s + p.score, 0), item.max), points }
  })
  const total = items.reduce((s, i) => s + i.score, 0)
  const band = gradeOf(total, table.bands)
  return { tableId: table.id, items, total, grade: band.grade, gradeLabel: band.label }
}
