/**
 * 考核指标：一个站点、一个学年的记录（由服务器从各集合读出并投影成下面的纯数据）→ 各项指标。
 * 口径见 docs/assessment.md。本文件不读数据库，也不读系统时钟：评估时刻 asOf 由调用方给出。
 */
import type { AssessmentParams } from '../../types/assessment'
import type { ReviewStatus } from '../../types/domain'
import type { CadreRole, DueStatus, Indicators, StaffRole, TermWindow } from '../../types/models-assessment'
import { addDays, nextMonth, shanghaiDate, weeksDueInMonth } from '../calendar'
import { median, monthStatus, share, termOfDate, termWindows, uncoveredDays, type ServiceInterval, type YearTermInput } from './measures'

/** 活动种类：主题宣教活动 / 专项教育（专题讲座、心理主题班会、心理行为训练、其他）/ 团体心理辅导 */
export type ActivityKind = 'theme' | 'special' | 'group_counseling'

export type { CadreRole, Indicators }

export interface BinderInput {
  /** 'YYYY-YYYY' */
  schoolYear: string
  /** 评估时刻（提交时为提交时刻；冻结后不再变化） */
  asOf: Date
  terms: YearTermInput[]
  /** 普测轮次：应测人数（目标年级名册）、已测人数、未测者中已登记原因的人数 */
  screenings: Array<{ id: string; name: string; date: string; eligible: number; participated: number; gapsWithReason: number }>
  /** 本学年各月月报的首次提交时刻（未提交的月份可不列） */
  monthlyReports: Array<{ month: string; submittedAt: Date | null }>
  /** 本学年创建的即时报告 */
  alerts: Array<{ id: string; createdAt: Date; ackDeadline: Date; ackedAt: Date | null }>
  /** 重点关注学生的随访：应随访日期与实际随访（谈话）日期 */
  followUps: Array<{ keyCareId: string; studentName: string; dueDate: string; doneDate: string | null }>
  /** 班级及其心理委员任职 */
  classes: Array<{ id: string; name: string; grade: string; committee: ServiceInterval[] }>
  /** 宿舍及其观察员任职 */
  dorms: Array<{ id: string; name: string; observer: ServiceInterval[] }>
  /** 学生骨干培训：面向的角色与年级 */
  trainings: Array<{ id: string; title: string; date: string; roles: CadreRole[]; grades: string[] }>
  /** 站内人员（站长、辅导员、兼职心理咨询师） */
  staff: Array<{ personId: string; name: string; role: StaffRole; qualification: string | null }>
  /** 站内人员参加培训的学时（来自培训记录与登记） */
  staffTrainings: Array<{ personId: string; date: string; hours: number }>
  /** 宣教与辅导活动 */
  activities: Array<{ id: string; kind: ActivityKind; title: string; date: string; held: boolean; planned: boolean; summarised: boolean }>
  /** 个体谈心谈话记录的日期 */
  talks: Array<{ date: string }>
  /** 朋辈谈心记录 */
  peerTalks: Array<{ date: string; status: ReviewStatus }>
  /** 工作计划与工作总结的提交时刻 */
  plan: { submittedAt: Date | null }
  summary: { submittedAt: Date | null }
  /** 本学年结束的站内人员任职（辅导员、站长）及是否办理了交接 */
  roleEnds: Array<{ personId: string; name: string; endedOn: string; handedOver: boolean }>
  /** 证明材料栏：文件数与是否写了说明 */
  documents: Array<{ slot: string; files: number; note: boolean }>
}

/** 本学年应报月报的月份：有学期周次截止落在该月的月份（与月报“应报周”同一口径） */
export function yearMonths(terms: YearTermInput[]): string[] {
  if (!terms.length) return []
  const first = terms.reduce((m, t) => (t.startDate < m ? t.startDate : m), terms[0].startDate).slice(0, 7)
  const last = terms.reduce((m, t) => {
    const end = addDays(t.startDate, t.weeks * 7 - 1)
    return end > m ? end : m
  }, '0000-00-00').slice(0, 7)
  const out: string[] = []
  for (let m = first; m <= last; m = nextMonth(m)) {
    if (terms.some((t) => weeksDueInMonth(t, m).length)) out.push(m)
  }
  return out
}

function dueStatus(dueDate: string, submittedAt: Date | null, today: string): DueStatus {
  if (submittedAt) {
    const submittedOn = shanghaiDate(submittedAt)
    return { dueDate, submittedOn, status: submittedOn <= dueDate ? 'on_time' : 'late' }
  }
  return { dueDate, submittedOn: null, status: today > dueDate ? 'missing' : 'open' }
}

function alertsOf(input: BinderInput): Indicators['alerts'] {
  const now = input.asOf.getTime()
  // 已确认的看是否在时限内；未确认的，时限已过算超时，未过不计入
  const acked = input.alerts.filter((a) => a.ackedAt)
  const overdueOpen = input.alerts.filter((a) => !a.ackedAt && a.ackDeadline.getTime() < now)
  const withinLimit = acked.filter((a) => a.ackedAt!.getTime() <= a.ackDeadline.getTime()).length
  const decided = acked.length + overdueOpen.length
  return {
    total: input.alerts.length,
    decided,
    withinLimit,
    share: share(withinLimit, decided),
    unacked: overdueOpen.length,
    medianMinutes: median(acked.map((a) => (a.ackedAt!.getTime() - a.createdAt.getTime()) / 60_000)),
  }
}

function followUpsOf(input: BinderInput, today: string): Indicators['followUps'] {
  // 应随访日已过（或已随访）的计入；随访日期不晚于应随访日为按时
  const counted = input.followUps.filter((f) => f.doneDate || f.dueDate < today)
  const late = counted.filter((f) => !f.doneDate || f.doneDate > f.dueDate)
  return { due: counted.length, onTime: counted.length - late.length, share: share(counted.length - late.length, counted.length), late }
}

function coverageOf(input: BinderInput, terms: TermWindow[], today: string): Indicators['coverage'] {
  const now = input.asOf.getTime()
  const vacantNow = (iv: ServiceInterval[]) => !iv.some((s) => s.from.getTime() <= now && (!s.to || s.to.getTime() > now))
  return {
    classes: input.classes.map((c) => ({ id: c.id, name: c.name, grade: c.grade, uncoveredDays: uncoveredDays(c.committee, terms, today), vacantNow: vacantNow(c.committee) })),
    dorms: input.dorms.map((d) => ({ id: d.id, name: d.name, uncoveredDays: uncoveredDays(d.observer, terms, today), vacantNow: vacantNow(d.observer) })),
  }
}

function trainingOf(input: BinderInput, terms: TermWindow[], today: string): Indicators['training'] {
  const grades = [...new Set(input.classes.map((c) => c.grade))].sort()
  const cells: Indicators['training']['cells'] = []
  for (const t of terms.filter((w) => w.started)) {
    const inTerm = input.trainings.filter((x) => x.date >= t.first && x.date <= t.last && x.date <= today)
    for (const grade of grades) {
      for (const role of ['committee', 'observer'] as const) {
        cells.push({ termId: t.id, grade, role, sessions: inTerm.filter((x) => x.roles.includes(role) && x.grades.includes(grade)).length })
      }
    }
  }
  return { grades, cells }
}

function perTermOf(input: BinderInput, terms: TermWindow[], today: string): Indicators['perTerm'] {
  return terms.map((t) => {
    const inT = <T extends { date: string }>(xs: T[]) => xs.filter((x) => termOfDate([t], x.date) && x.date <= today)
    const acts = inT(input.activities).filter((a) => a.held)
    const theme = acts.filter((a) => a.kind === 'theme')
    const peers = inT(input.peerTalks)
    return {
      termId: t.id,
      theme: {
        held: theme.length,
        withPlan: theme.filter((a) => a.planned).length,
        withSummary: theme.filter((a) => a.summarised).length,
        complete: theme.filter((a) => a.planned && a.summarised).length,
        open: theme.filter((a) => !a.planned || !a.summarised).map(({ id, title, planned, summarised }) => ({ id, title, planned, summarised })),
      },
      special: acts.filter((a) => a.kind === 'special').length,
      groupSessions: acts.filter((a) => a.kind === 'group_counseling').length,
      talks: inT(input.talks).length,
      peerTalksConfirmed: peers.filter((p) => p.status === 'confirmed').length,
      peerTalksPending: peers.filter((p) => p.status === 'pending').length,
    }
  })
}

function documentsOf(input: BinderInput): Indicators['documents'] {
  const out: Indicators['documents'] = {}
  for (const d of input.documents) {
    const files = (out[d.slot]?.files ?? 0) + d.files
    const note = !!out[d.slot]?.note || d.note
    out[d.slot] = { files, note, hasEvidence: files > 0 || note }
  }
  return out
}

/** 一个学年的全部指标（params 取自该学年的考核表版本） */
export function computeIndicators(input: BinderInput, params: AssessmentParams): Indicators {
  const today = shanghaiDate(input.asOf)
  const terms = termWindows(input.terms, today)
  const yearFirst = terms[0]?.first ?? today
  const yearLast = terms[terms.length - 1]?.last ?? today
  const inYear = (d: string) => d >= yearFirst && d <= yearLast && d <= today
  const submitted = new Map(input.monthlyReports.map((r) => [r.month, r.submittedAt]))
  const endedInYear = input.roleEnds.filter((r) => r.endedOn >= yearFirst && r.endedOn <= today)

  return {
    schoolYear: input.schoolYear,
    today,
    terms,
    screening: input.screenings.map((r) => {
      const unexplained = Math.max(0, r.eligible - r.participated - r.gapsWithReason)
      return { ...r, rate: share(r.participated, r.eligible), unexplained, complete: unexplained === 0 }
    }),
    monthly: {
      deadlineDay: params.monthlyDeadlineDay,
      months: yearMonths(input.terms).map((month) => ({ month, ...monthStatus(month, params.monthlyDeadlineDay, submitted.get(month) ?? null, today) })),
    },
    alerts: alertsOf(input),
    followUps: followUpsOf(input, today),
    coverage: coverageOf(input, terms, today),
    training: trainingOf(input, terms, today),
    staff: input.staff.map((s) => ({
      ...s,
      hours: input.staffTrainings.filter((x) => x.personId === s.personId && inYear(x.date)).reduce((h, x) => h + x.hours, 0),
    })),
    perTerm: perTermOf(input, terms, today),
    plan: dueStatus(addDays(yearFirst, params.planDueDays), input.plan.submittedAt, today),
    summary: dueStatus(addDays(yearLast, params.summaryDueDays), input.summary.submittedAt, today),
    handovers: {
      ended: endedInYear.length,
      recorded: endedInYear.filter((r) => r.handedOver).length,
      missing: endedInYear.filter((r) => !r.handedOver).map(({ personId, name, endedOn }) => ({ personId, name, endedOn })),
    },
    documents: documentsOf(input),
  }
}
