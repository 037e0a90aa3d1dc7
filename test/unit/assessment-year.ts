/**
 * 一个手工核对过的学年（2026-2027，评估日 2027-07-15 10:00 北京时间），带有选定的缺口。
 * 期望值（在 assessment-*.test.ts 中）由下面的注释逐条推得，见 docs/assessment.md 的规则。
 */
import { shanghaiInstant } from '../../domain/calendar'
import type { BinderInput } from '../../domain/assessment/indicators'

const at = (date: string, time = '10:00') => shanghaiInstant(date, time)
const minutes = (d: Date, n: number) => new Date(d.getTime() + n * 60_000)

export const ASOF = at('2027-07-15')

export function sampleYear(): BinderInput {
  // 10 个应报月：2026-09…2027-01、2027-03…2027-07（2027-07 截止 08-05，评估日未到）
  const onTime = (month: string) => {
    const [y, m] = month.split('-').map(Number)
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
    return { month, submittedAt: at(`${next}-03`) }
  }
  // 10 条已确认的即时报告，时限 60 分钟：9 条在时限内（5…45 分钟），1 条 90 分钟 → 90%，中位数 27.5
  const alertStart = at('2026-10-12', '09:00')
  const alerts: BinderInput['alerts'] = [5, 10, 15, 20, 25, 30, 35, 40, 45, 90].map((m, i) => {
    const createdAt = new Date(alertStart.getTime() + i * 86_400_000)
    return { id: `al${i}`, createdAt, ackDeadline: minutes(createdAt, 60), ackedAt: minutes(createdAt, m) }
  })
  // 评估日前 10 分钟刚发生、尚未到时限的一条：不计入
  alerts.push({ id: 'al-open', createdAt: minutes(ASOF, -10), ackDeadline: minutes(ASOF, 50), ackedAt: null })

  // 随访 20 次到期：18 次按时（其中 1 次恰在应随访日），1 次迟到，1 次逾期未做 → 90%；另 1 次尚未到期
  const followUps: BinderInput['followUps'] = Array.from({ length: 18 }, (_, i) => ({ keyCareId: `kc${i % 4}`, studentName: `学生${i % 4}`, dueDate: `2026-11-${String(i + 1).padStart(2, '0')}`, doneDate: `2026-11-${String(i + 1).padStart(2, '0')}` }))
  followUps.push({ keyCareId: 'kc1', studentName: '学生1', dueDate: '2027-04-10', doneDate: '2027-04-12' })
  followUps.push({ keyCareId: 'kc2', studentName: '陈晓', dueDate: '2027-06-20', doneDate: null })
  followUps.push({ keyCareId: 'kc3', studentName: '学生3', dueDate: '2027-07-20', doneDate: null })

  const grades = ['2024级', '2025级', '2026级']
  return {
    schoolYear: '2026-2027',
    asOf: ASOF,
    terms: [
      { id: 't1', name: '2026-2027学年第一学期', startDate: '2026-09-07', weeks: 18, weeksOff: [4], deadlineWeekday: 7, deadlineTime: '22:00' },
      { id: 't2', name: '2026-2027学年第二学期', startDate: '2027-03-01', weeks: 18, weeksOff: [], deadlineWeekday: 7, deadlineTime: '22:00' },
    ],
    screenings: [
      { id: 'sc1', name: '2026 年秋季新生普测', date: '2026-09-20', eligible: 400, participated: 400, gapsWithReason: 0 },
      // 10 人未测，6 人有原因 → 4 人无原因
      { id: 'sc2', name: '2027 年春季普测', date: '2027-03-25', eligible: 1200, participated: 1190, gapsWithReason: 6 },
    ],
    monthlyReports: [
      onTime('2026-09'),
      { month: '2026-10', submittedAt: at('2026-11-06', '09:00') }, // 迟 1 天
      { month: '2026-11', submittedAt: at('2026-12-05', '23:59') }, // 截止日当晚：按时
      onTime('2026-12'), onTime('2027-01'), onTime('2027-03'),
      // 2027-04 未报
      onTime('2027-05'), onTime('2027-06'),
    ],
    alerts,
    followUps,
    classes: [
      { id: 'c1', name: '机电2401班', grade: '2024级', committee: [{ from: at('2026-09-01'), to: null }] },
      // 空档 11-01…11-09（9 天，在宽限内）
      { id: 'c2', name: '化工2501班', grade: '2025级', committee: [{ from: at('2026-09-01'), to: at('2026-10-31', '12:00') }, { from: at('2026-11-10'), to: null }] },
      // 新生班 10-01 才有心理委员：09-07…09-30 共 24 天
      { id: 'c3', name: '应化2601班', grade: '2026级', committee: [{ from: at('2026-10-01'), to: null }] },
    ],
    dorms: [
      // 观察员 2027-05-22 离任无人接任：05-23…07-04（学期末）共 43 天，至今空缺
      { id: 'd1', name: '12栋305', observer: [{ from: at('2026-09-01'), to: at('2027-05-22', '18:00') }] },
      { id: 'd2', name: '12栋306', observer: [{ from: at('2026-09-01'), to: null }] },
    ],
    trainings: [
      { id: 'tr1', title: '心理委员、观察员岗前培训', date: '2026-10-15', roles: ['committee', 'observer'], grades },
      { id: 'tr2', title: '心理委员春季培训', date: '2027-03-20', roles: ['committee'], grades },
      // 第二学期观察员培训漏了 2026 级
      { id: 'tr3', title: '观察员春季培训', date: '2027-04-10', roles: ['observer'], grades: ['2024级', '2025级'] },
    ],
    staff: [
      { personId: 'p-head', name: '孙丽华', role: 'head', qualification: '心理咨询师三级' },
      { personId: 'p-wang', name: '王强', role: 'counselor', qualification: null },
      { personId: 'p-li', name: '李梅', role: 'counselor', qualification: null },
    ],
    staffTrainings: [
      { personId: 'p-head', date: '2026-11-20', hours: 8 },
      { personId: 'p-wang', date: '2027-04-02', hours: 4 },
      // 学年之前的培训不计
      { personId: 'p-li', date: '2026-06-10', hours: 6 },
    ],
    activities: [
      { id: 'a1', kind: 'theme', title: '新生心理适应主题教育', date: '2026-10-20', held: true, planned: true, summarised: true },
      { id: 'a2', kind: 'special', title: '考试焦虑专题讲座', date: '2026-11-05', held: true, planned: true, summarised: false },
      { id: 'a3', kind: 'group_counseling', title: '人际交往团体辅导', date: '2026-11-12', held: true, planned: true, summarised: true },
      { id: 'a4', kind: 'theme', title: '5·25 心理健康月', date: '2027-05-25', held: true, planned: true, summarised: false },
      { id: 'a5', kind: 'group_counseling', title: '压力管理团体辅导', date: '2027-04-08', held: true, planned: true, summarised: true },
      // 已规划未开展：不计
      { id: 'a6', kind: 'special', title: '毕业生心理讲座', date: '2027-06-01', held: false, planned: true, summarised: false },
    ],
    talks: [
      ...Array.from({ length: 12 }, (_, i) => ({ date: `2026-10-${String(i + 10).padStart(2, '0')}` })),
      { date: '2027-03-15' }, { date: '2027-04-15' }, { date: '2027-05-15' },
      // 寒假中的谈话不属于任何学期
      { date: '2027-02-10' },
    ],
    peerTalks: [
      ...Array.from({ length: 5 }, (_, i) => ({ date: `2026-11-${String(i + 10).padStart(2, '0')}`, status: 'confirmed' as const })),
      { date: '2026-12-01', status: 'returned' },
      { date: '2027-06-01', status: 'pending' }, { date: '2027-06-02', status: 'pending' },
    ],
    // 计划截止 2026-09-07 + 30 = 2026-10-07，10-08 提交：迟交；总结截止 2027-07-04 + 14 = 2027-07-18
    plan: { submittedAt: at('2026-10-08') },
    summary: { submittedAt: at('2027-07-10') },
    roleEnds: [
      { personId: 'p-zhao', name: '赵刚', endedOn: '2027-03-15', handedOver: false },
      { personId: 'p-qian', name: '钱敏', endedOn: '2026-12-20', handedOver: true },
    ],
    documents: [
      { slot: 'policy.rules', files: 2, note: false },
      { slot: 'policy.duties', files: 0, note: true },
      { slot: 'policy.seminars', files: 0, note: false },
      { slot: 'resources.staffing', files: 1, note: false },
      { slot: 'resources.venue', files: 3, note: true },
      { slot: 'resources.funds', files: 1, note: false },
      { slot: 'team.organisation', files: 1, note: false },
      { slot: 'impact.features', files: 0, note: true },
      { slot: 'impact.awards', files: 1, note: false },
    ],
  }
}
