/**
 * 默认考核表：《二级心理辅导站工作考核办法》（附件1，docs/seeds/004_…txt）的 100 分表。
 * 考评指标、考评要点、考评细则为原文；每条细则的分值由附件1 的要点分值拆分而来（附件1 只给到要点），
 * 拆分与建议分规则见 docs/assessment.md。中心按学年调整时用 version.ts 的 applyOverride，不改这里。
 */
import type {
  AssessmentGroup,
  AssessmentItem,
  AssessmentItemId,
  AssessmentParams,
  AssessmentPoint,
  AssessmentTableVersion,
  DocumentSlot,
  GradeBand,
} from '../../types/assessment'
import { GRADE_LABELS } from '../../types/assessment'

function point(
  itemId: AssessmentItemId,
  n: number,
  mark: string,
  text: string,
  max: number,
  source: AssessmentPoint['source'],
  slots: DocumentSlot[] = [],
): AssessmentPoint {
  return { id: `${itemId}.${n}`, mark, text, max, source, slots }
}

const slot = (key: string, label: string): DocumentSlot => ({ key, label })

export const DEFAULT_GROUPS: AssessmentGroup[] = [
  { id: 'organisation', name: '组织领导与队伍建设', max: 25 },
  { id: 'implementation', name: '工作实施', max: 60 },
  { id: 'outcomes', name: '工作成效', max: 15 },
]

export const DEFAULT_ITEMS: AssessmentItem[] = [
  {
    id: 'policy', groupId: 'organisation', no: '1', name: '制度建设', max: 9,
    points: [
      point('policy', 1, '①', '学院领导重视心理健康教育工作，不断加强和完善二级心理辅导站建设，机制健全、制度完备；', 3, 'documents', [slot('policy.rules', '制度文件（机制与制度）')]),
      point('policy', 2, '②', '工作职责明晰，专人管理，专人负责；', 3, 'documents', [slot('policy.duties', '岗位职责与分工')]),
      point('policy', 3, '③', '定期组织各种形式的工作研讨，在学生中有一定知晓度。', 3, 'documents', [slot('policy.seminars', '工作研讨记录与宣传材料')]),
    ],
  },
  {
    id: 'resources', groupId: 'organisation', no: '2', name: '条件保障', max: 9,
    points: [
      point('resources', 1, '①', '人员配备：有专门负责心理健康教育工作的人员，负责计划、组织、实施和监督本单位工作的开展；', 3, 'documents', [slot('resources.staffing', '人员配备文件')]),
      point('resources', 2, '②', '场地设施：有相对独立和专用的场地设施；', 3, 'documents', [slot('resources.venue', '场地设施照片')]),
      point('resources', 3, '③', '经费使用：有工作经费配套投入，能合理规划并使用好心理活动专项经费。', 3, 'documents', [slot('resources.funds', '经费预算与使用记录')]),
    ],
  },
  {
    id: 'team', groupId: 'organisation', no: '3', name: '队伍建设', max: 7,
    points: [
      point('team', 1, '①', '拥有相关专业背景或持心理培训相关证书的人员、培训到位、结构良好；', 4, 'records'),
      point('team', 2, '②', '站内设有院级学生心理组织，各班级设有心理委员、宿舍心理观察员，“三级工作网络”健全。', 3, 'records', [slot('team.organisation', '院级学生心理组织（成立文件、成员名单）')]),
    ],
  },
  {
    id: 'routine', groupId: 'implementation', no: '1', name: '常规工作与计划总结', max: 5,
    points: [
      point('routine', 1, '①', '按要求参与心理中心组织的各项活动，完成各项常规工作；', 1, 'documents', [slot('routine.center', '参与心理中心活动的记录')]),
      point('routine', 2, '②', '每学年初制定切实可行的心理健康教育工作计划，认真安排部署，学年末对照检查完成情况，进行工作总结。', 4, 'records'),
    ],
  },
  {
    id: 'education', groupId: 'implementation', no: '2', name: '心理健康教育宣教活动', max: 15,
    points: [
      point('education', 1, '①', '按需要开展针对各类人群的专项教育工作；', 5, 'records'),
      point('education', 2, '②', '每学期至少组织开展一次大学生心理健康教育主题宣教活动，有规划有总结。', 10, 'records'),
    ],
  },
  {
    id: 'counseling', groupId: 'implementation', no: '3', name: '心理辅导', max: 10,
    points: [point('counseling', 1, '', '认真、积极开展个体与团体心理辅导工作。', 10, 'records')],
  },
  {
    id: 'crisis', groupId: 'implementation', no: '4', name: '危机干预及重点关注学生工作', max: 15,
    points: [
      point('crisis', 1, '①', '按要求开展普测与摸底排查，要求参测率100%，信息档案完整；', 4, 'records'),
      point('crisis', 2, '②', '月报动态信息库等日常情况报送及时，建设到位；', 4, 'records'),
      point('crisis', 3, '③', '对重点关爱学生落实教育指导和援助措施；', 3, 'records'),
      point('crisis', 4, '④', '危机干预及时、到位，动态监管机制完备，熟悉心理危机干预流程', 4, 'records'),
    ],
  },
  {
    id: 'peer', groupId: 'implementation', no: '5', name: '朋辈辅导', max: 10,
    points: [
      point('peer', 1, '①', '二级学院学生心理骨干、班级心理委员、宿舍心理观察员遴选工作到位；', 3, 'records'),
      point('peer', 2, '②', '每学期对每个年级心理委员、宿舍心理观察员至少开展一次培训；', 4, 'records'),
      point('peer', 3, '③', '有效管理和运用学生心理工作者队伍，开展大学生朋辈辅导工作。', 3, 'records'),
    ],
  },
  {
    id: 'research', groupId: 'implementation', no: '6', name: '理论和实践研究', max: 5,
    points: [point('research', 1, '', '积极开展大学生心理健康状况和对策措施的调研，参与心理健康教育工作的理论和实践研究。', 5, 'documents', [slot('research.reports', '调研报告、论文或课题')])],
  },
  {
    id: 'impact', groupId: 'outcomes', no: '', name: '工作特色与成效', max: 15,
    points: [
      point('impact', 1, '①', '工作有创新、有特色、有亮点；', 8, 'documents', [slot('impact.features', '工作特色与亮点材料')]),
      point('impact', 2, '②', '个人与集体有获得与心理健康工作相关的奖项或科研成果。', 7, 'documents', [slot('impact.awards', '获奖证书或科研成果')]),
    ],
  },
]

/** 考核总则：90 分以上为优秀；80-90 分为良好；70-80 分为中等；60-70 分为合格，60 分以下为不合格 */
export const DEFAULT_BANDS: GradeBand[] = [
  { grade: 'excellent', label: GRADE_LABELS.excellent, min: 90 },
  { grade: 'good', label: GRADE_LABELS.good, min: 80 },
  { grade: 'fair', label: GRADE_LABELS.fair, min: 70 },
  { grade: 'pass', label: GRADE_LABELS.pass, min: 60 },
  { grade: 'fail', label: GRADE_LABELS.fail, min: 0 },
]

export const DEFAULT_PARAMS: AssessmentParams = {
  monthlyDeadlineDay: 5,
  planDueDays: 30,
  summaryDueDays: 14,
  coverageGraceDays: 14,
  minTalksPerTerm: 1,
  minGroupSessionsPerTerm: 1,
  minPeerTalksPerTerm: 1,
}

/** 默认考核表（没有中心调整的学年用它） */
export const DEFAULT_TABLE: AssessmentTableVersion = deepFreeze({
  id: 'default',
  schoolYear: null,
  basedOn: null,
  groups: DEFAULT_GROUPS,
  items: DEFAULT_ITEMS,
  bands: DEFAULT_BANDS,
  params: DEFAULT_PARAMS,
})

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** 表中的一条细则及其所属要点 */
export function findPoint(table: AssessmentTableVersion, pointId: string): { item: AssessmentItem; point: AssessmentPoint } | null {
  for (const item of table.items) {
    const p = item.points.find((x) => x.id === pointId)
    if (p) return { item, point: p }
  }
  return null
}

/** 所有证明材料栏（按表中顺序） */
export function allSlots(table: AssessmentTableVersion): Array<DocumentSlot & { pointId: string; itemId: AssessmentItemId }> {
  return table.items.flatMap((item) => item.points.flatMap((p) => p.slots.map((s) => ({ ...s, pointId: p.id, itemId: item.id }))))
}
