/**
 * reports 云函数：月报动态信息（站长草稿、编辑、提交；中心总览、退回；导出 .xlsx）。
 * 定时起草见 ./jobs.ts（登记在 jobs 函数的 registry）。口径见 docs/monthly-report.md。
 */
import { createMain, type AnyActionDef } from '../_lib/handler'
import { monthlyGenerate, monthlyGet, monthlyUpdate } from './draft'
import { monthlyExport } from './export'
import { monthlyOverview } from './overview'
import { monthlyReturn, monthlySubmit } from './review'
import { workbench } from './workbench'

export const actions: Record<string, AnyActionDef> = {
  'monthly.get': monthlyGet,
  'monthly.generate': monthlyGenerate,
  'monthly.update': monthlyUpdate,
  'monthly.submit': monthlySubmit,
  'monthly.return': monthlyReturn,
  'monthly.overview': monthlyOverview,
  'monthly.export': monthlyExport,
  workbench,
}

export const main = createMain(actions)
