import type { AbsenceReason, ConcernCategory, Level, ReportKind, TalkType } from './domain'
import type { ActivityType, CaseDecision } from './models-ledger'

/**
 * 月报动态信息（reports 云函数）的文档结构，与 docs/data-model.md “Monthly report” 一致。
 * 各项口径见 docs/monthly-report.md。比率为 0..1 的小数（保留 4 位），分母为 0 时为 null。
 */

/** 比率：分母为 0 时为 null */
export type Ratio = number | null

/** 报送计数（一个班级/宿舍，或合计） */
export interface SubmissionCounts {
  /** 应报 = 单位数 × 应报周数 */
  expected: number
  /** 已报（含零报告，含迟报） */
  submitted: number
  /** 按时（以首次提交时间判断） */
  onTime: number
  /** 迟报 = 已报 − 按时 */
  late: number
  /** 未报 = 应报 − 已报 */
  missing: number
  /** 零报告（本周无需要关注的情况） */
  zero: number
}

export interface SubmissionTotals extends SubmissionCounts {
  units: number
  /** 报送率 = 已报 / 应报 */
  submissionRate: Ratio
  /** 按时率 = 按时 / 应报 */
  onTimeRate: Ratio
  /** 零报告率 = 零报告 / 已报 */
  zeroRate: Ratio
}

export interface SubmissionUnitRow extends SubmissionCounts {
  kind: ReportKind
  unitId: string
  name: string
}

export interface DueWeek {
  termId: string
  week: number
  /** 该周周一 'YYYY-MM-DD' */
  monday: string
}

/** 报送情况 */
export interface SubmissionSection {
  /** 应报周：截止时刻落在本月的非假期周 */
  weeks: DueWeek[]
  class: SubmissionTotals
  dorm: SubmissionTotals
  total: SubmissionTotals
  /** 每个班级、每个宿舍一行（班级在前，按名称排序） */
  units: SubmissionUnitRow[]
}

/** 即时报告 */
export interface AlertStats {
  total: number
  /** 来源：周报危机条目 / 即时报告按钮 */
  bySource: { concern: number; button: number }
  acked: number
  /** 在时限内确认（ackedAt ≤ ackDeadline） */
  ackedInTime: number
  unacked: number
  /** 超时升级给站长 */
  escalated: number
  /** 确认用时（分钟，保留 1 位）：仅统计已确认的 */
  ackMinutesMedian: number | null
  ackMinutesMax: number | null
}

/** 关注情况 */
export interface ConcernSection {
  /** 关注条目数 */
  entries: number
  byKind: Record<ReportKind, number>
  /** 每个类别被多少条目勾选（一条可勾多个类别，合计可大于条目数） */
  byCategory: Record<ConcernCategory, number>
  byLevel: Record<Level, number>
  /** 被关注学生（按学生去重：同一学生被班级和宿舍同时报告只算一人） */
  students: {
    distinct: number
    /** 上月未被关注的 */
    new: number
    /** 上月也被关注的 */
    continuing: number
    /** 按本月最高等级 */
    byHighestLevel: Record<Level, number>
  }
  alerts: AlertStats
}

/** 重点关注库 */
export interface KeyCareSection {
  /** 月初在库（关注中 + 已转介） */
  start: number
  /** 月末在库 */
  end: number
  added: number
  levelChanges: number
  closed: number
  referred: number
  referredTo: { center: number; hospital: number }
  /** 月末关注中且下次随访日期已过、之后无谈话 */
  overdue: number
  endByLevel: Record<Level, number>
  endByStatus: { active: number; referred: number }
}

export interface RollCallClassRow {
  classId: string
  name: string
  /** 应点名周数 */
  weeks: number
  recorded: number
  confirmed: number
  expected: number
  present: number
}

/** 晚点名 */
export interface RollCallSection {
  /** 应点名班次 = 班级数 × 应报周数 */
  classWeeks: number
  recorded: number
  confirmed: number
  pending: number
  returned: number
  /** 已记录点名的应到合计、实到合计 */
  expected: number
  present: number
  /** 出勤率 = 实到 / 应到 */
  attendanceRate: Ratio
  absences: Record<AbsenceReason, number>
  classes: RollCallClassRow[]
}

export interface CounselorTalkRow {
  counselorId: string
  name: string
  talks: number
  students: number
}

export interface PeerUnitRow {
  kind: ReportKind
  unitId: string
  name: string
  logged: number
  confirmed: number
}

/** 谈心谈话 */
export interface TalkSection {
  total: number
  /** 谈话涉及的学生（去重） */
  students: number
  byType: Record<TalkType, number>
  byCounselor: CounselorTalkRow[]
  referred: number
  /** 被关注学生 7 日内谈话覆盖 */
  followUp7d: {
    flagged: number
    talked: number
    /** 7 日窗口尚未结束且暂无谈话（不计入分母） */
    pending: number
    /** 覆盖率 = talked / (flagged − pending) */
    share: Ratio
  }
  peer: {
    logged: number
    confirmed: number
    byKind: Record<ReportKind, { logged: number; confirmed: number }>
    /** 有朋辈谈心记录的班级/宿舍 */
    units: PeerUnitRow[]
  }
}

/** 关键指标（趋势对比与全校汇总用；只有计数，可跨站相加） */
export interface KeyFigures {
  reportsExpected: number
  reportsSubmitted: number
  reportsOnTime: number
  reportsLate: number
  reportsMissing: number
  reportsZero: number
  concernEntries: number
  concernStudents: number
  crisisEntries: number
  alerts: number
  alertsAcked: number
  alertsEscalated: number
  keyCareEnd: number
  keyCareAdded: number
  keyCareClosed: number
  keyCareReferred: number
  keyCareOverdue: number
  rollCallsExpected: number
  rollCallsRecorded: number
  rollCallsConfirmed: number
  attendanceExpected: number
  attendancePresent: number
  talks: number
  followUpFlagged: number
  followUpTalked: number
  followUpPending: number
  peerLogged: number
  peerConfirmed: number
}

export type TrendUnit = 'count' | 'ratio' | 'minutes'

/** 趋势：本月与上月关键指标并列 */
export interface TrendRow {
  key: string
  label: string
  unit: TrendUnit
  current: number | null
  previous: number | null
}

/** 工作台账（培训、宣教活动、深入宿舍、研判会）：本月的数字，均由台账记录计算 */
export interface LedgerMonthSection {
  trainings: {
    /** 本月已结束的培训场次 */
    held: number
    expected: number
    present: number
    absent: number
    attendanceRate: Ratio
    rows: Array<{ date: string; title: string; hours: number; expected: number; present: number; absent: number }>
  }
  /** 本月开展的活动（已开展或已总结，按活动日期）按类型 */
  activities: { held: number; byType: Record<ActivityType, number> }
  /** 深入宿舍覆盖（按辅导员） */
  visits: { visits: number; assigned: number; covered: number; rows: Array<{ name: string; assigned: number; visited: number; notVisited: string[] }> }
  caseReviews: { held: number; students: number; byDecision: Record<CaseDecision, number> }
}

/** 月报各节（计算所得） */
export interface MonthlySections {
  month: string
  previousMonth: string
  /** 上月指标的来源：新生成的一律由上月记录计算（records）；'report' 只见于早先版本留下的快照 */
  previousSource: 'report' | 'records'
  submission: SubmissionSection
  concerns: ConcernSection
  keyCare: KeyCareSection
  rollCalls: RollCallSection
  talks: TalkSection
  /** 工作台账节（早先的快照里没有） */
  ledger?: LedgerMonthSection
  figures: KeyFigures
  previousFigures: KeyFigures
  trend: TrendRow[]
}

/** 个别情况描述的一行 */
export interface CaseRow {
  /** 草拟来源（'keycare:<id>'）；站长新增的行没有 */
  key?: string
  /** 学生 id（仅用于审计；站长新增的行可无） */
  studentId?: string
  studentNo: string
  studentName: string
  className: string
  /** 情况说明 */
  situation: string
  /** 干预措施 */
  measures: string
  /** 干预后效果 */
  effect: string
  /** 危机程度 */
  level: Level
  /** 情况进程 */
  progress: string
  /** 站长改过（重新生成时保留） */
  edited?: boolean
}

export type MonthlyDocStatus = 'draft' | 'submitted' | 'returned'

/** 提交时冻结的快照 */
export interface MonthlySnapshot {
  sections: MonthlySections
  narrative: string
  cases: CaseRow[]
}

export interface MonthlyVersion {
  version: number
  submittedAt: Date
  submittedBy: string
  submittedByName: string
  snapshot: MonthlySnapshot
}

export interface MonthlyReturn {
  version: number
  at: Date
  by: string
  byName: string
  comment: string
}

/** 月报：_id = '<stationId>:<YYYY-MM>'（每站每月唯一） */
export interface MonthlyReportDoc {
  _id: string
  stationId: string
  month: string
  status: MonthlyDocStatus
  /** 工作稿（草稿/已退回时可改；已提交时与最新快照相同） */
  sections: MonthlySections
  /** 学院整体情况及重大事件 */
  narrative: string
  cases: CaseRow[]
  /** 曾经草拟过的个别情况行 key（站长删掉的不再自动加回） */
  draftedCaseKeys: string[]
  generatedAt: Date
  /** personId 或 'system'（定时任务） */
  generatedBy: string
  /** 乐观并发版本号：每次写入 +1 */
  rev: number
  /** 已提交次数 */
  version: number
  versions: MonthlyVersion[]
  submittedAt?: Date
  submittedBy?: string
  returnComment?: string
  returnedAt?: Date
  returnedBy?: string
  returns: MonthlyReturn[]
  createdAt: Date
  updatedAt: Date
}
