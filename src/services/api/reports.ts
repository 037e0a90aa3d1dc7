/**
 * reports 云函数（月报动态信息）的类型化包装（输入输出契约见 types/api/reports.ts 与 docs/api.md “## reports”）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type * as api from '../../../types/api/reports'
import { functionCaller, type ActionInput as In } from '../client'

export type {
  CaseRowInput, CaseRowView, MonthlyExportResult, MonthlyOverviewView, MonthlyReportView, MonthlyReturnResult,
  MonthlySubmitResult, OverviewStationRow, SchoolSummary,
} from '../../../types/api/reports'
export type * from '../../../types/models-reports'

const call = functionCaller('reports')

export const getMonthly = (p: In<typeof api.monthlyGetInput>) => call<api.MonthlyReportView>('monthly.get', p)
export const generateMonthly = (p: In<typeof api.monthlyGenerateInput>) => call<api.MonthlyReportView>('monthly.generate', p)
export const updateMonthly = (p: In<typeof api.monthlyUpdateInput>) => call<api.MonthlyReportView>('monthly.update', p)
export const submitMonthly = (p: In<typeof api.monthlySubmitInput>) => call<api.MonthlySubmitResult>('monthly.submit', p)
export const returnMonthly = (p: In<typeof api.monthlyReturnInput>) => call<api.MonthlyReturnResult>('monthly.return', p)
export const monthlyOverview = (p: In<typeof api.monthlyOverviewInput>) => call<api.MonthlyOverviewView>('monthly.overview', p)
export const exportMonthly = (p: In<typeof api.monthlyExportInput>) => call<api.MonthlyExportResult>('monthly.export', p)
