/**
 * 夹具站点 S 的一个手工核对过的第一学期（2026-09-07…2027-01-10，126 天），评估于北京时间 2027-01-20 10:00。
 * 期望值见 binder.test.ts，每条由下面的注释推得（规则见 docs/assessment.md）。
 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { shanghaiInstant } from '../../../domain/calendar'
import type { Harness } from '../../support/harness'

export const YEAR = '2026-2027'
export const ASOF = shanghaiInstant('2027-01-20', '10:00')
const at = (date: string, time = '10:00') => shanghaiInstant(date, time)
const plus = (d: Date, min: number) => new Date(d.getTime() + min * 60_000)

export async function seedYear(h: Harness): Promise<void> {
  const { fx } = h
  const S = fx.stationId
  const base = { stationId: S, createdAt: at('2026-09-01'), updatedAt: at('2026-09-01') }
  await Promise.all([
    // 机电2302班 09-22 才有心理委员：09-07…09-21 共 15 天（超过 14 天宽限）；12栋306 全学期无观察员（126 天，至今空缺）
    h.insert(COLLECTIONS.roleAssignments, [{ _id: 'y-committee-B', personId: 'y-p-b', role: 'committee', stationId: S, classId: fx.classes.B, termStart: at('2026-09-22', '08:00'), termEnd: null, endedAt: null, createdAt: at('2026-09-22') }]),
    // 月报：09 按时；10 迟 1 天（截止 11-05）；11 截止日 23:59 按时；12 未报；2027-01 截止 02-05 未到
    h.insert(COLLECTIONS.monthlyReports, [
      { _id: `${S}:2026-09`, stationId: S, month: '2026-09', versions: [{ version: 1, submittedAt: at('2026-10-03') }] },
      { _id: `${S}:2026-10`, stationId: S, month: '2026-10', versions: [{ version: 1, submittedAt: at('2026-11-06', '09:00') }] },
      { _id: `${S}:2026-11`, stationId: S, month: '2026-11', versions: [{ version: 1, submittedAt: at('2026-12-05', '23:59') }] },
    ]),
    // 即时报告（时限 30 分钟）：10、20 分钟确认，40 分钟确认（超时）→ 2/3，中位数 20 分钟
    h.insert(COLLECTIONS.alerts, [10, 20, 40].map((m, i) => {
      const createdAt = at(`2026-10-1${i + 2}`, '09:00')
      return { _id: `y-alert-${i}`, stationId: S, source: 'button', reporterId: 'x', level: 'attention', description: '', counselorIds: [], createdAt, ackDeadline: plus(createdAt, 30), ackedAt: plus(createdAt, m) }
    })),
    // 重点关注 b1：10-10 谈话约 10-20 随访 → 10-19 谈话（按时），约 11-01 → 11-03 谈话（迟）：2 次到期 1 次按时
    h.insert(COLLECTIONS.keyCare, [{ ...base, _id: 'y-kc-b1', studentId: fx.students.b1, studentName: fx.studentDocs.b1.name, status: 'active' }]),
    h.insert(COLLECTIONS.talks, [
      { ...base, _id: 'y-talk-1', studentId: fx.students.b1, date: '2026-10-10', followUpDate: '2026-10-20' },
      { ...base, _id: 'y-talk-2', studentId: fx.students.b1, date: '2026-10-19', followUpDate: '2026-11-01' },
      { ...base, _id: 'y-talk-3', studentId: fx.students.b1, date: '2026-11-03' },
    ]),
    // 朋辈谈心：2 条已确认，1 条待确认
    h.insert(COLLECTIONS.peerTalks, ['confirmed', 'confirmed', 'pending'].map((status, i) => ({ ...base, _id: `y-peer-${i}`, date: `2026-11-0${i + 1}`, status }))),
    // 培训：10-15 一场，面向 2023 级心理委员与观察员（2024 级两种角色都没有）
    h.insert(COLLECTIONS.trainings, [{ ...base, _id: 'y-tr-1', title: '岗前培训', date: '2026-10-15', hours: 2, audience: { kind: 'cadres', roles: ['committee', 'observer'], grades: ['2023级'] } }]),
    // 活动：主题宣教活动（已总结）与专题讲座（已开展）
    h.insert(COLLECTIONS.activities, [
      { ...base, _id: 'y-act-1', type: 'theme', title: '5·25 心理健康月', date: '2026-11-10', stage: 'summarised' },
      { ...base, _id: 'y-act-2', type: 'lecture', title: '情绪管理讲座', date: '2026-12-01', stage: 'held' },
    ]),
    // 普测：3 人应测，2 人参测，1 人未测已登记原因 → 参测率 2/3，无未说明的缺口
    h.insert(COLLECTIONS.screeningRounds, [{ ...base, _id: 'y-round', name: '2026 年秋季普测', targetGrades: ['2023级'], startDate: '2026-10-08', endDate: '2026-10-30', flaggedTiers: [] }]),
    h.insert(COLLECTIONS.screeningParticipants, [
      { _id: 'y-sp-1', roundId: 'y-round', stationId: S, studentId: fx.students.a1, eligible: true, tookPart: true, madeUp: false },
      { _id: 'y-sp-2', roundId: 'y-round', stationId: S, studentId: fx.students.a2, eligible: true, tookPart: false, madeUp: true },
      { _id: 'y-sp-3', roundId: 'y-round', stationId: S, studentId: fx.students.a4, eligible: true, tookPart: false, madeUp: false, reason: { kind: 'sick', by: 'x', byName: '钱老师', at: at('2026-10-20') } },
    ]),
    // 工作计划 09-20 提交
    h.insert(COLLECTIONS.workPlans, [{ ...base, _id: `${S}:${YEAR}`, schoolYear: YEAR, items: [], status: 'submitted', submittedAt: at('2026-09-20') }]),
  ])
}
