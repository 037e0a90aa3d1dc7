/**
 * observations 云函数的类型化包装（输入输出契约见 types/api/observations.ts 与 docs/api.md）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type * as api from '../../../types/api/observations'
import type { Paged } from '../../../types/api/observations'
import { functionCaller, type ActionInput as In } from '../client'

export type {
  AlertView, BoardOutput, BoardRow, ConcernInput, ConcernView, HistoryRow, MissingUnit, ReportView,
  SubmitReportInput, TaskView, UnitRef, WeekCurrentOutput, WeekInfo,
} from '../../../types/api/observations'

const call = functionCaller('observations')

/** 本周：学期、周次、本人单位状态（填报人）或本周计数（辅导员/站长） */
export const fetchWeekCurrent = () => call<api.WeekCurrentOutput>('week.current', {})
/** 读取某单位某周的周报（记审计） */
export const fetchReport = (p: In<typeof api.reportGetSchema>) =>
  call<{ week: api.WeekInfo; row: api.BoardRow; report: api.ReportView | null }>('report.get', p)
/** 提交周报（幂等：同一 idempotencyKey 重试返回同一份） */
export const submitReport = (p: api.SubmitReportInput) => call<api.ReportView>('report.submit', p)
/** 本单位各周状态 */
export const fetchHistory = (p: In<typeof api.reportHistorySchema> = {}) =>
  call<{ term: { id: string; name: string; weeks: number }; unit: api.UnitRef; rows: api.HistoryRow[] }>('report.history', p)
/** 周报看板 */
export const fetchBoard = (p: In<typeof api.boardWeekSchema> = {}) => call<api.BoardOutput>('board.week', p)
/** 标记已阅 */
export const reviewReport = (p: In<typeof api.reportReviewSchema>) => call<api.ReportView>('report.review', p)
/** 退回并附意见 */
export const returnReport = (p: In<typeof api.reportReturnSchema>) => call<api.ReportView>('report.return', p)
/** 按条件筛选周报（记审计） */
export const searchReports = (p: In<typeof api.reportSearchSchema> = {}) => call<Paged<api.ReportView>>('report.search', p)
/** 即时报告 */
export const createAlert = (p: In<typeof api.alertCreateSchema>) => call<api.AlertView>('alert.create', p)
/** 即时报告列表（默认未确认） */
export const listAlerts = (p: In<typeof api.alertListSchema> = {}) => call<Paged<api.AlertView>>('alert.list', p)
/** 确认即时报告 */
export const ackAlert = (p: In<typeof api.alertAckSchema>) => call<api.AlertView>('alert.ack', p)
/** 即时报告的送达时间线（产生、推送、看到、确认、升级） */
export const fetchAlertTimeline = (p: In<typeof api.alertTimelineSchema>) => call<api.AlertTimeline>('alert.timeline', p)
/** 约谈任务 */
export const listTasks = (p: In<typeof api.tasksListSchema> = {}) => call<Paged<api.TaskView>>('tasks.list', p)
/** 本周未报的单位与填报人 */
export const fetchMissing = (p: In<typeof api.missingListSchema> = {}) =>
  call<api.MissingListOutput>('missing.list', p)
/** 提醒未报（不传 units = 全部） */
export const remindMissing = (p: In<typeof api.remindSchema> = {}) =>
  call<{ week: number; units: number; reminded: number; alreadyReminded: number; unitsWithoutReporter: number }>('remind', p)
