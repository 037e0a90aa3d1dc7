/**
 * reports 云函数（月报动态信息）的类型化包装（输入输出契约见 types/api/reports.ts 与 docs/api.md “## reports”）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type { reportsContract } from '../../../types/api/reports.contract'
import { functionCaller, type ContractInput } from '../client'

export type {
  CaseRowInput, CaseRowView, MonthlyExportResult, MonthlyOverviewView, MonthlyReportView, MonthlyReturnResult,
  MonthlySubmitResult, OverviewStationRow, SchoolSummary,
} from '../../../types/api/reports'
export type * from '../../../types/models-reports'

const call = functionCaller<typeof reportsContract>('reports')
type In<A extends keyof typeof reportsContract> = ContractInput<typeof reportsContract, A>

export const getMonthly = (p: In<'monthly.get'>) => call('monthly.get', p)
export const generateMonthly = (p: In<'monthly.generate'>) => call('monthly.generate', p)
export const updateMonthly = (p: In<'monthly.update'>) => call('monthly.update', p)
export const submitMonthly = (p: In<'monthly.submit'>) => call('monthly.submit', p)
export const returnMonthly = (p: In<'monthly.return'>) => call('monthly.return', p)
export const monthlyOverview = (p: In<'monthly.overview'>) => call('monthly.overview', p)
export const exportMonthly = (p: In<'monthly.export'>) => call('monthly.export', p)
