/**
 * 学年工作总结的草稿（纯函数）：计划条目逐条“已完成 / 未完成”及其证明（关联的记录），
 * 与本学年的数字（来自考核指标 computeIndicators 的同一口径，外加周报与关注条数）。
 */
import type { Indicators } from '../../types/models-assessment'
import type { PlanItem, SummaryFigures, SummaryPlanRow } from '../../types/models-station'

export interface SummaryCounts {
  /** 本学年提交的周报份数、其中的关注条目数 */
  weeklyReports: number
  concerns: number
  /** 台账 I 记录的培训场次、宣教活动（已开展） */
  trainings: number
  activities: number
}

export function planRows(items: PlanItem[], itemName: (id: string) => string): SummaryPlanRow[] {
  return items.map((i) => ({
    itemId: i.id, what: i.what, month: i.month, who: i.who, assessmentItemName: itemName(i.assessmentItemId),
    done: i.links.length > 0, evidence: i.links.map((l) => l.label), note: '',
  }))
}

export function summaryFigures(ind: Indicators, counts: SummaryCounts): SummaryFigures {
  const talks = ind.perTerm.reduce((n, t) => n + t.talks, 0)
  const peerConfirmed = ind.perTerm.reduce((n, t) => n + t.peerTalksConfirmed, 0)
  const peerPending = ind.perTerm.reduce((n, t) => n + t.peerTalksPending, 0)
  const months = ind.monthly.months.filter((m) => m.status !== 'open')
  return {
    weeklyReports: counts.weeklyReports,
    concerns: counts.concerns,
    monthly: { due: months.length, submitted: months.filter((m) => m.submittedOn).length, onTime: months.filter((m) => m.status === 'on_time').length },
    alerts: { total: ind.alerts.total, withinLimit: ind.alerts.withinLimit, decided: ind.alerts.decided, share: ind.alerts.share, medianMinutes: ind.alerts.medianMinutes },
    talks,
    peerTalks: { confirmed: peerConfirmed, pending: peerPending },
    trainings: counts.trainings,
    activities: counts.activities,
    screenings: ind.screening.map((s) => ({ name: s.name, eligible: s.eligible, participated: s.participated, rate: s.rate, complete: s.complete })),
  }
}
