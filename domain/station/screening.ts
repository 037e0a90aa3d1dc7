/**
 * 普测参测率（纯函数）：应参测 = 导入时目标年级名册中的学生（eligible）；已参测 = 名单中有或已补测；
 * 未参测而已登记原因的算“有原因”。轮次完成 = 每名应参测学生已参测或有原因。按班级与整轮各算一次。
 */
import type { ScreeningParticipantDoc } from '../../types/models-station'

export type ParticipantFacts = Pick<ScreeningParticipantDoc, 'classId' | 'eligible' | 'tookPart' | 'madeUp' | 'reason'>

export interface RateRow {
  eligible: number
  participated: number
  withReason: number
  /** 未参测且没有原因 */
  open: number
  /** 参测率 0..1；无应参测学生为 null */
  rate: number | null
  complete: boolean
}

export const participated = (p: ParticipantFacts): boolean => p.tookPart || p.madeUp

function rowOf(list: ParticipantFacts[]): RateRow {
  const eligible = list.filter((p) => p.eligible)
  const took = eligible.filter(participated).length
  const withReason = eligible.filter((p) => !participated(p) && !!p.reason).length
  const open = eligible.length - took - withReason
  return {
    eligible: eligible.length, participated: took, withReason, open,
    rate: eligible.length ? Math.round((took / eligible.length) * 10000) / 10000 : null,
    complete: open === 0,
  }
}

/** 整轮与各班（按导入时记录的班级） */
export function screeningRates(list: ParticipantFacts[]): { round: RateRow; byClass: Map<string, RateRow> } {
  const groups = new Map<string, ParticipantFacts[]>()
  for (const p of list) if (p.eligible) groups.set(p.classId, [...(groups.get(p.classId) ?? []), p])
  return { round: rowOf(list), byClass: new Map([...groups].map(([k, v]) => [k, rowOf(v)])) }
}
