/**
 * observations 云函数的类型化包装（输入输出契约见 types/api/observations.ts 与 docs/api.md）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type * as api from '../../../types/api/observations'
import type { observationsContract } from '../../../types/api/observations.contract'
import { functionCaller, type ContractInput } from '../client'

export type {
  AlertView, BoardOutput, BoardRow, ConcernInput, ConcernView, HistoryRow, MissingUnit, ReportView,
  SubmitReportInput, TaskView, UnitRef, WeekCurrentOutput, WeekInfo,
} from '../../../types/api/observations'

const call = functionCaller<typeof observationsContract>('observations')
type In<A extends keyof typeof observationsContract> = ContractInput<typeof observationsContract, A>

/** 本周：学期、周次、本人单位状态（填报人）或本周计数（辅导员/站长） */
export const fetchWeekCurrent = () => call('week.current', {})
/** 读取某单位某周的周报（记审计） */
export const fetchReport = (p: In<'report.get'>) =>
  call('report.get', p)
/** 提交周报（幂等：同一 idempotencyKey 重试返回同一份） */
export const submitReport = (p: api.SubmitReportInput) => call('report.submit', p)
/** 本单位各周状态 */
export const fetchHistory = (p: In<'report.history'> = {}) =>
  call('report.history', p)
/** 周报看板 */
export const fetchBoard = (p: In<'board.week'> = {}) => call('board.week', p)
/** 标记已阅 */
export const reviewReport = (p: In<'report.review'>) => call('report.review', p)
/** 退回并附意见 */
export const returnReport = (p: In<'report.return'>) => call('report.return', p)
/** 按条件筛选周报（记审计） */
export const searchReports = (p: In<'report.search'> = {}) => call('report.search', p)
/** 即时报告 */
export const createAlert = (p: In<'alert.create'>) => call('alert.create', p)
/** 即时报告列表（默认未确认） */
export const listAlerts = (p: In<'alert.list'> = {}) => call('alert.list', p)
/** 确认即时报告 */
export const ackAlert = (p: In<'alert.ack'>) => call('alert.ack', p)
/** 即时报告的送达时间线（产生、推送、看到、确认、升级） */
export const fetchAlertTimeline = (p: In<'alert.timeline'>) => call('alert.timeline', p)
/** 约谈任务 */
export const listTasks = (p: In<'tasks.list'> = {}) => call('tasks.list', p)
/** 本周未报的单位与填报人 */
export const fetchMissing = (p: In<'missing.list'> = {}) =>
  call('missing.list', p)
/** 提醒未报（不传 units = 全部） */
export const remindMissing = (p: In<'remind'> = {}) =>
  call('remind', p)
