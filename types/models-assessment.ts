/**
 * 考核手册的指标（domain/assessment/indicators.ts 的输出）：一个站点一个学年的各项数字。
 * 口径见 docs/assessment.md。
 */

export type CadreRole = 'committee' | 'observer'
export type StaffRole = 'head' | 'counselor' | 'consultant'
/** 月报：按时 / 迟报 / 未报 / 进行中（截止日未到） */
export type MonthStatus = 'on_time' | 'late' | 'missing' | 'open'

export interface TermWindow {
  id: string
  name: string
  /** 理由中的称呼：“第一学期” / “第二学期” */
  label: string
  /** 首日 'YYYY-MM-DD' */
  first: string
  /** 末日 'YYYY-MM-DD'（第 N 周周日） */
  last: string
  /** 截至评估日是否已开始 / 已结束 */
  started: boolean
  ended: boolean
}

export interface UnitCoverage {
  id: string
  name: string
  grade?: string
  /** 学期内（截至评估日）无人任职的天数 */
  uncoveredDays: number
  /** 评估时刻无人任职 */
  vacantNow: boolean
}

export interface DueStatus {
  dueDate: string
  submittedOn: string | null
  status: 'on_time' | 'late' | 'missing' | 'open'
}

export interface ThemeActivityStats {
  held: number
  withPlan: number
  withSummary: number
  /** 既有规划又有总结 */
  complete: number
  /** 缺规划或缺总结的已开展活动 */
  open: Array<{ id: string; title: string; planned: boolean; summarised: boolean }>
}

export interface TermStats {
  termId: string
  theme: ThemeActivityStats
  /** 专项教育活动（已开展） */
  special: number
  /** 团体心理辅导（已开展） */
  groupSessions: number
  /** 个体谈心谈话记录 */
  talks: number
  peerTalksConfirmed: number
  peerTalksPending: number
}

export interface Indicators {
  schoolYear: string
  /** 评估日（北京时间）'YYYY-MM-DD' */
  today: string
  terms: TermWindow[]
  screening: Array<{ id: string; name: string; date: string; eligible: number; participated: number; gapsWithReason: number; rate: number | null; unexplained: number; complete: boolean }>
  monthly: { deadlineDay: number; months: Array<{ month: string; deadline: string; status: MonthStatus; submittedOn: string | null; daysLate: number }> }
  alerts: { total: number; decided: number; withinLimit: number; share: number | null; unacked: number; medianMinutes: number | null }
  followUps: { due: number; onTime: number; share: number | null; late: Array<{ keyCareId: string; studentName: string; dueDate: string; doneDate: string | null }> }
  coverage: { classes: UnitCoverage[]; dorms: UnitCoverage[] }
  training: { grades: string[]; cells: Array<{ termId: string; grade: string; role: CadreRole; sessions: number }> }
  staff: Array<{ personId: string; name: string; role: StaffRole; qualification: string | null; hours: number }>
  perTerm: TermStats[]
  plan: DueStatus
  summary: DueStatus
  handovers: { ended: number; recorded: number; missing: Array<{ personId: string; name: string; endedOn: string }> }
  documents: Record<string, { files: number; note: boolean; hasEvidence: boolean }>
}
