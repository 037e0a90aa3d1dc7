/**
 * 工作实施（60）中由记录计算的细则：常规工作与计划总结②、宣教①②、心理辅导、危机干预①–④。
 * 扣分额与门槛见 docs/assessment.md；按学期的规则只看截至评估日已开始的学期。
 */
import { atLeast } from './measures'
import type { Indicators } from './indicators'
import { deduct, fmtScore, note, pct, termLabel, type PointRule } from './reasons'

/** 计划/总结：迟交 −1，未交 −2 */
const PLAN_LATE = 1
const PLAN_MISSING = 2
/** 宣教①：某学期未开展专项教育 −2.5 */
const SPECIAL_PER_TERM = 2.5
/** 宣教②：某学期未开展主题宣教 −5；有活动但无规划 −1、无总结 −1 */
const THEME_PER_TERM = 5
const THEME_NO_PLAN = 1
const THEME_NO_SUMMARY = 1
/** 心理辅导：某学期个体谈话不足 −3，团体辅导不足 −2 */
const TALKS_PER_TERM = 3
const GROUP_PER_TERM = 2
/** 普测：本学年无普测 −4；某轮有未登记原因的未参测者 −2 */
const NO_SCREENING = 4
const SCREENING_GAP = 2
/** 月报：迟报一个月 −0.5，未报一个月 −1 */
const MONTH_LATE = 0.5
const MONTH_MISSING = 1
/** 按时率阶梯：100% 不扣；≥ 90% −1；≥ 80% −2；< 80% −3 */
const LADDER: Array<[number, number]> = [[100, 0], [90, 1], [80, 2]]
const LADDER_FLOOR = 3
/** 即时报告逾期未确认（另扣） */
const ALERT_UNACKED = 1

function ladder(num: number, den: number): number {
  for (const [min, d] of LADDER) if (atLeast(num, den, min)) return d
  return LADDER_FLOOR
}

const started = (ind: Indicators) => ind.terms.filter((t) => t.started)
const termStats = (ind: Indicators, termId: string) => ind.perTerm.find((p) => p.termId === termId)!

function dueRule(what: string, s: Indicators['plan']) {
  if (s.status === 'on_time') return note(`${what}已于 ${s.submittedOn} 提交（截止 ${s.dueDate}）`)
  if (s.status === 'late') return deduct(`${what}迟交：截止 ${s.dueDate}，${s.submittedOn} 提交`, PLAN_LATE)
  if (s.status === 'missing') return deduct(`${what}未提交（截止 ${s.dueDate}）`, PLAN_MISSING)
  return deduct(`${what}尚未提交（截止 ${s.dueDate}）`, PLAN_MISSING)
}

export const IMPLEMENTATION_RULES: Record<string, PointRule> = {
  'routine.2': (ind) => [dueRule('工作计划', ind.plan), dueRule('工作总结', ind.summary)],

  'education.1': (ind) =>
    started(ind).map((t) => {
      const n = termStats(ind, t.id).special
      return n ? note(`${termLabel(t)}开展专项教育活动 ${n} 次`) : deduct(`${termLabel(t)}未开展专项教育活动`, SPECIAL_PER_TERM)
    }),

  'education.2': (ind) =>
    started(ind).flatMap((t) => {
      const th = termStats(ind, t.id).theme
      if (!th.held) return [deduct(`${termLabel(t)}未开展主题宣教活动`, THEME_PER_TERM)]
      if (th.complete) return [note(`${termLabel(t)}主题宣教活动 ${th.held} 次，有规划有总结的 ${th.complete} 次`)]
      const out = []
      if (!th.withPlan) out.push(deduct(`${termLabel(t)}主题宣教活动无规划`, THEME_NO_PLAN))
      if (!th.withSummary) out.push(deduct(`${termLabel(t)}主题宣教活动无总结`, THEME_NO_SUMMARY))
      // 有规划的与有总结的不是同一次活动
      if (!out.length) out.push(deduct(`${termLabel(t)}没有一次主题宣教活动同时有规划和总结`, THEME_NO_SUMMARY))
      return out
    }),

  'counseling.1': (ind, _p, table) =>
    started(ind).flatMap((t) => {
      const s = termStats(ind, t.id)
      const { minTalksPerTerm: minTalks, minGroupSessionsPerTerm: minGroup } = table.params
      return [
        s.talks >= minTalks
          ? note(`${termLabel(t)}个体谈心谈话记录 ${s.talks} 条`)
          : deduct(s.talks ? `${termLabel(t)}个体谈心谈话记录 ${s.talks} 条，少于 ${minTalks} 条` : `${termLabel(t)}无个体谈心谈话记录`, TALKS_PER_TERM),
        s.groupSessions >= minGroup
          ? note(`${termLabel(t)}团体心理辅导 ${s.groupSessions} 次`)
          : deduct(s.groupSessions ? `${termLabel(t)}团体心理辅导 ${s.groupSessions} 次，少于 ${minGroup} 次` : `${termLabel(t)}未开展团体心理辅导`, GROUP_PER_TERM),
      ]
    }),

  'crisis.1': (ind) => {
    if (!ind.screening.length) return [deduct('本学年尚无普测记录', NO_SCREENING)]
    return ind.screening.map((r) => {
      const rate = `参测率 ${pct(r.participated, r.eligible)}`
      if (r.unexplained) return deduct(`“${r.name}”${r.unexplained} 人未参测且未登记原因（${rate}）`, SCREENING_GAP)
      if (r.participated >= r.eligible) return note(`“${r.name}”${rate}`)
      return note(`“${r.name}”${rate}，未参测的 ${r.eligible - r.participated} 人均已登记原因`)
    })
  },

  'crisis.2': (ind) => {
    const out = []
    let onTime = 0
    for (const m of ind.monthly.months) {
      if (m.status === 'on_time') onTime++
      if (m.status === 'late') out.push(deduct(`${m.month} 月报迟报 ${m.daysLate} 天（截止 ${m.deadline}，${m.submittedOn} 提交）`, MONTH_LATE))
      if (m.status === 'missing') out.push(deduct(`${m.month} 月报未报（截止 ${m.deadline}）`, MONTH_MISSING))
    }
    const due = ind.monthly.months.filter((m) => m.status !== 'open').length
    return [note(`已到截止日的 ${due} 个月中按时报送 ${onTime} 个月（每月 ${ind.monthly.deadlineDay} 日前）`), ...out]
  },

  'crisis.3': (ind) => {
    const f = ind.followUps
    if (!f.due) return [note('本学年尚无到期的重点关注随访')]
    const d = ladder(f.onTime, f.due)
    const text = `重点关注随访按时 ${f.onTime}/${f.due}（${pct(f.onTime, f.due)}）`
    return [d ? deduct(`${text}，${f.due - f.onTime} 次逾期`, d) : note(text)]
  },

  'crisis.4': (ind) => {
    const a = ind.alerts
    if (!a.decided) return [note(a.total ? `即时报告 ${a.total} 条，均未到确认时限` : '本学年无即时报告')]
    const d = ladder(a.withinLimit, a.decided)
    const mid = a.medianMinutes === null ? '' : `，确认用时中位数 ${fmtScore(Math.round(a.medianMinutes))} 分钟`
    const text = `即时报告在时限内确认 ${a.withinLimit}/${a.decided}（${pct(a.withinLimit, a.decided)}）${mid}`
    const out = [d ? deduct(text, d) : note(text)]
    if (a.unacked) out.push(deduct(`${a.unacked} 条即时报告逾期未确认`, ALERT_UNACKED))
    return out
  },
}
