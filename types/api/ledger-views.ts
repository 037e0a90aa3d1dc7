/**
 * ledger 云函数的输出类型。时刻为 ISO 字符串，日期为 'YYYY-MM-DD'。
 */
import type { Level, Role } from '../domain'
import type {
  ActivityDoc, ActivityType, CadreRole, CaseReviewItem, TrainingAudience, TrainingForm, TrainingOrganiser,
} from '../models-ledger'

// ---------- 培训 ----------

export type AttendanceStatus = 'present' | 'absent' | 'pending'

export interface ExpectedAttendeeView {
  personId: string
  name: string
  role: Role
  /** 学生骨干的年级（工作人员为空） */
  grade: string | null
  status: AttendanceStatus
  via?: 'code' | 'organiser'
  reason?: string
  at?: string
}

export interface TrainingView {
  id: string
  title: string
  date: string
  startTime: string
  endTime: string
  hours: number
  trainer: string
  organiser: TrainingOrganiser
  place: string
  form: TrainingForm
  audience: TrainingAudience
  createdByName: string
  /** 调用者能否出示签到码、标记考勤 */
  canManage: boolean
  /** 调用者本人是否应到、及其签到状态 */
  mine: AttendanceStatus | null
  expected: number
  present: number
  absent: number
}

export interface TrainingDetail extends TrainingView {
  /** 应到名单（只有组织者与站长可见） */
  attendees: ExpectedAttendeeView[] | null
}

export interface TrainingCodeView {
  code: string
  /** 本码失效时刻（下一分钟开始） */
  expiresAt: string
  /** 签到时间窗 */
  opensAt: string
  closesAt: string
}

export interface SignInResult {
  status: 'present'
  /** 已签到过：仍是同一条记录 */
  already: boolean
  at: string
}

export interface CoveragePerson {
  personId: string
  name: string
  status: 'trained' | 'missed' | 'not_yet'
}

export interface CoverageCell {
  grade: string
  role: CadreRole
  trained: number
  missed: number
  notYet: number
  /** 本学期有培训面向此年级与角色 */
  hasTraining: boolean
  people: CoveragePerson[]
}

export interface CoverageView {
  termId: string
  termName: string
  week: number | null
  grades: string[]
  cells: CoverageCell[]
  /** 第 N−3 周起：尚无培训的年级与角色 */
  warnings: Array<{ grade: string; roles: CadreRole[]; message: string }>
}

export interface TrainingHistoryItem {
  trainingId: string
  title: string
  date: string
  hours: number
  organiser: TrainingOrganiser
  status: 'present' | 'absent'
}

export interface TrainingHistoryView {
  personId: string
  name: string
  years: Array<{ schoolYear: string; hours: number; sessions: number; items: TrainingHistoryItem[] }>
}

// ---------- 深入宿舍 ----------

export interface VisitView {
  id: string
  dormId: string
  dormName: string
  counselorName: string
  date: string
  findings: string
  concerns: Array<{ studentId: string; studentName: string; follow: 'concern' | 'talk_task'; level: Level; note: string }>
}

export interface VisitCoverageRow {
  counselorId: string
  name: string
  assigned: number
  visited: number
  notVisited: Array<{ dormId: string; name: string }>
  /** 负责的全部宿舍及本月是否已走访（记录走访时选宿舍用） */
  rooms: Array<{ dormId: string; name: string; visited: boolean }>
}

export interface VisitCoverageView {
  month: string
  rows: VisitCoverageRow[]
}

// ---------- 研判会 ----------

/** 研判会的一项：记录里的决定与结果（不含条目 id 与班级、宿舍） */
export type CaseReviewItemView = Omit<CaseReviewItem, 'keyCareId' | 'classId' | 'dormId'>

export interface CaseReviewView {
  id: string
  date: string
  attendees: string[]
  nextDate?: string
  createdByName: string
  /** 调用者可见的研判学生（辅导员只看到所带学生） */
  items: CaseReviewItemView[]
  /** 本次研判学生总数 */
  total: number
}

// ---------- 宣教活动 ----------

/** 活动一条：登记的字段原样；照片与签到表只给数目与有无 */
export interface ActivityView extends Pick<ActivityDoc,
  'type' | 'title' | 'theme' | 'audience' | 'date' | 'place' | 'stage' | 'participants' | 'summary' | 'effect' | 'rollCallId' | 'facilitator' | 'sessions' | 'createdByName'> {
  id: string
  photoCount: number
  hasSignSheet: boolean
  memberCount: number
}

export interface ActivityDetail extends ActivityView {
  /** 团体心理辅导的成员（学生，读取记审计） */
  members: Array<{ studentId: string; name: string }>
}

export interface ActivityStatsView {
  termId: string
  termName: string
  rows: Array<{ type: ActivityType; planned: number; held: number; summarised: number }>
  warnings: string[]
}

// ---------- 校心理中心 ----------

export interface LedgerCountsRow {
  stationId: string
  stationName: string
  trainings: number
  trainingAttendance: number
  activitiesHeld: number
  caseReviews: number
  dormVisits: number
}

export interface LedgerCountsView {
  schoolYear: string
  rows: LedgerCountsRow[]
}
