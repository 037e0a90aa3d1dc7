/**
 * 考核手册（二级心理辅导站工作考核办法，附件1）的契约：考核表版本、中心的年度调整文档（zod）。
 * 默认表的数据见 domain/assessment/table.ts，规则说明见 docs/assessment.md。
 */
import { z } from 'zod'

/** 考核等级 */
export const GRADES = ['excellent', 'good', 'fair', 'pass', 'fail'] as const
export type Grade = (typeof GRADES)[number]
export const GRADE_LABELS: Record<Grade, string> = {
  excellent: '优秀',
  good: '良好',
  fair: '中等',
  pass: '合格',
  fail: '不合格',
}

/** 考评指标（一级）：组织领导与队伍建设 / 工作实施 / 工作成效 */
export const ASSESSMENT_GROUP_IDS = ['organisation', 'implementation', 'outcomes'] as const
export type AssessmentGroupId = (typeof ASSESSMENT_GROUP_IDS)[number]

/** 考评要点（十项） */
export const ASSESSMENT_ITEM_IDS = [
  'policy', // 制度建设
  'resources', // 条件保障
  'team', // 队伍建设
  'routine', // 常规工作与计划总结
  'education', // 心理健康教育宣教活动
  'counseling', // 心理辅导
  'crisis', // 危机干预及重点关注学生工作
  'peer', // 朋辈辅导
  'research', // 理论和实践研究
  'impact', // 工作特色与成效
] as const
export type AssessmentItemId = (typeof ASSESSMENT_ITEM_IDS)[number]

/** 证明材料栏：上传文件（云存储）或写一段说明 */
export interface DocumentSlot {
  /** 稳定键，如 'policy.docs' */
  key: string
  /** 栏目名，如 “制度文件” */
  label: string
}

/** 考评细则中的一条（①②③…） */
export interface AssessmentPoint {
  /** '<itemId>.<序号>'，如 'crisis.2' */
  id: string
  /** 序号符号 '①'…；细则只有一条时为 '' */
  mark: string
  /** 细则原文（与附件1 一致，含句末标点） */
  text: string
  /** 本条分值 */
  max: number
  /** 建议分的依据：records = 由记录计算；documents = 只看证明材料是否齐备 */
  source: 'records' | 'documents'
  /** 证明材料栏（documents 条必有；records 条可附加） */
  slots: DocumentSlot[]
}

export interface AssessmentItem {
  id: AssessmentItemId
  groupId: AssessmentGroupId
  /** 表中序号 '1'…'6'；工作成效一项无序号时为 '' */
  no: string
  /** 考评要点原文，如 “心理健康教育宣教活动” */
  name: string
  max: number
  points: AssessmentPoint[]
}

export interface AssessmentGroup {
  id: AssessmentGroupId
  /** 考评指标原文，如 “组织领导与队伍建设” */
  name: string
  max: number
}

/** 等级下限：总分 ≥ min 即为该等级（自高到低排列，不合格的 min 为 0） */
export interface GradeBand {
  grade: Grade
  label: string
  min: number
}

/** 建议分规则的参数（中心可按学年调整；含义见 docs/assessment.md） */
export interface AssessmentParams {
  /** 月报截止：次月第几日（北京时间当日 24:00 前提交为按时） */
  monthlyDeadlineDay: number
  /** 工作计划截止：第一学期开学后第几天 */
  planDueDays: number
  /** 工作总结截止：最后一个学期结束后第几天 */
  summaryDueDays: number
  /** 班级/宿舍缺任的宽限天数（换届空档不超过此天数不扣分） */
  coverageGraceDays: number
  /** 每学期至少的个体谈心谈话记录数 */
  minTalksPerTerm: number
  /** 每学期至少的团体心理辅导次数 */
  minGroupSessionsPerTerm: number
  /** 每学期至少的已确认朋辈谈心数 */
  minPeerTalksPerTerm: number
}

/** 一个学年所用的考核表版本。一经用于评分即随手册冻结保存，之后的调整不影响它。 */
export interface AssessmentTableVersion {
  /** 版本 id，如 'default' 或 '2027-2028' */
  id: string
  /** 适用学年 'YYYY-YYYY'；默认表为 null */
  schoolYear: string | null
  /** 所依据的版本 id（默认表为 null） */
  basedOn: string | null
  groups: AssessmentGroup[]
  items: AssessmentItem[]
  bands: GradeBand[]
  params: AssessmentParams
}

const score = z.number().min(0).max(100).multipleOf(0.5)
const id = z.string().min(1).max(40)

/** 中心对某学年考核表的调整：只列要改的分值、等级线与参数，其余沿用默认表 */
export const AssessmentOverrideSchema = z.strictObject({
  id: id,
  schoolYear: z.string().regex(/^\d{4}-\d{4}$/, '学年格式应为 2026-2027'),
  items: z.array(z.strictObject({ id: z.enum(ASSESSMENT_ITEM_IDS), max: score })).max(ASSESSMENT_ITEM_IDS.length).optional(),
  points: z.array(z.strictObject({ id: id, max: score })).max(60).optional(),
  bands: z.array(z.strictObject({ grade: z.enum(GRADES), min: score })).max(GRADES.length).optional(),
  params: z
    .strictObject({
      monthlyDeadlineDay: z.number().int().min(1).max(28),
      planDueDays: z.number().int().min(0).max(180),
      summaryDueDays: z.number().int().min(0).max(90),
      coverageGraceDays: z.number().int().min(0).max(60),
      minTalksPerTerm: z.number().int().min(0).max(10_000),
      minGroupSessionsPerTerm: z.number().int().min(0).max(100),
      minPeerTalksPerTerm: z.number().int().min(0).max(10_000),
    })
    .partial()
    .optional(),
})
export type AssessmentOverride = z.infer<typeof AssessmentOverrideSchema>

/** 建议分的一条理由：delta 为扣分（负数），0 为说明 */
export interface SuggestionReason {
  text: string
  delta: number
}

export interface PointSuggestion {
  pointId: string
  max: number
  score: number
  reasons: SuggestionReason[]
}

export interface ItemSuggestion {
  itemId: AssessmentItemId
  max: number
  score: number
  points: PointSuggestion[]
}

export interface BinderSuggestion {
  tableId: string
  items: ItemSuggestion[]
  total: number
  grade: Grade
  gradeLabel: string
}

/** 补齐材料时要去的页面（页面键，由前端映射到路由） */
export const EVIDENCE_TARGETS = [
  'documents', 'activities', 'trainings', 'screening', 'monthly', 'alerts', 'keycare',
  'talks', 'peer_talks', 'plan', 'summary', 'staff', 'invites', 'handover',
] as const
export type EvidenceTarget = (typeof EVIDENCE_TARGETS)[number]

/** 缺少的材料与该做的事 */
export interface MissingEvidence {
  /** 稳定键（同一缺口在多次计算中相同），如 'training:t1:2023级:committee' */
  key: string
  itemId: AssessmentItemId
  pointId: string
  /** 缺什么，如 “12栋305 无宿舍心理观察员 43 天” */
  text: string
  /** 该做什么，如 “发放宿舍心理观察员邀请码” */
  action: string
  target: { page: EvidenceTarget; params?: Record<string, string> }
}
