/**
 * station 云函数（辅导站台账 II）：人员登记与站长登记表、工作计划、工作总结、普测参测。
 * 动作清单与输入输出见 docs/api.md “## station”。
 */
import type { StationAction } from '../../types/api/station'
import { createMain, type AnyActionDef } from '../_lib/handler'
import { planGet, planLink, planSave, planSubmit } from './plan'
import { staffRegister } from './register'
import { screeningCreate, screeningGaps, screeningGet, screeningList, screeningMark } from './screening'
import { screeningImport } from './screening-import'
import { summaryDraft, summaryGet, summaryReturn, summarySubmit, summaryUpdate } from './summary'
import { summaryExport } from './summary-docx'
import { staffList, staffNormsGet, staffNormsSet, staffRemove, staffSave } from './staff'

export const actions: Record<StationAction, AnyActionDef> = {
  'staff.list': staffList,
  'staff.save': staffSave,
  'staff.remove': staffRemove,
  'staff.norms.get': staffNormsGet,
  'staff.norms.set': staffNormsSet,
  'staff.register': staffRegister,
  'plan.get': planGet,
  'plan.save': planSave,
  'plan.link': planLink,
  'plan.submit': planSubmit,
  'summary.get': summaryGet,
  'summary.draft': summaryDraft,
  'summary.update': summaryUpdate,
  'summary.submit': summarySubmit,
  'summary.return': summaryReturn,
  'summary.export': summaryExport,
  'screening.create': screeningCreate,
  'screening.list': screeningList,
  'screening.get': screeningGet,
  'screening.import': screeningImport,
  'screening.gaps': screeningGaps,
  'screening.mark': screeningMark,
}

export const main = createMain(actions)
