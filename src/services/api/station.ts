/** station 云函数的类型化封装（辅导站台账 II：人员登记、工作计划与总结、普测参测） */
import type {
  DocxFile, PlanView, ScreeningDetail, ScreeningGapView, ScreeningImportOutput, ScreeningRoundView, StaffListOutput, StaffView, StationInput, SummaryView,
} from '../../../types/api/station'
import type { stationContract } from '../../../types/api/station.contract'
import { functionCaller } from '../client'

export type {
  DocxFile, PlanView, ScreeningDetail, ScreeningGapView, ScreeningImportOutput, ScreeningRoundView, StaffListOutput, StaffView, SummaryView,
}

const call = functionCaller<typeof stationContract>('station')

/* 人员登记 */
export const listStaff = (input: StationInput<'staff.list'> = {}) => call('staff.list', input)
export const saveStaff = (input: StationInput<'staff.save'>) => call('staff.save', input)
export const removeStaff = (profileId: string) => call('staff.remove', { profileId })
export const getStaffNorms = () => call('staff.norms.get', {})
export const setStaffNorms = (input: StationInput<'staff.norms.set'>) => call('staff.norms.set', input)
export const exportRegister = (input: StationInput<'staff.register'> = {}) => call('staff.register', input)

/* 工作计划 */
export const getPlan = (input: StationInput<'plan.get'> = {}) => call('plan.get', input)
export const savePlan = (input: StationInput<'plan.save'>) => call('plan.save', input)
export const linkPlanItem = (input: StationInput<'plan.link'>) => call('plan.link', input)
export const submitPlan = (schoolYear: string) => call('plan.submit', { schoolYear })

/* 工作总结 */
export const getSummary = (input: StationInput<'summary.get'> = {}) => call('summary.get', input)
export const draftSummary = (schoolYear: string) => call('summary.draft', { schoolYear })
export const updateSummary = (input: StationInput<'summary.update'>) => call('summary.update', input)
export const submitSummary = (schoolYear: string) => call('summary.submit', { schoolYear })
export const returnSummary = (input: StationInput<'summary.return'>) => call('summary.return', input)
export const exportSummary = (input: StationInput<'summary.export'>) => call('summary.export', input)

/* 普测参测 */
export const createScreening = (input: StationInput<'screening.create'>) => call('screening.create', input)
export const listScreenings = (input: StationInput<'screening.list'> = {}) => call('screening.list', input)
export const getScreening = (roundId: string) => call('screening.get', { roundId })
export const importScreening = (input: StationInput<'screening.import'>) => call('screening.import', input)
export const screeningGaps = (input: StationInput<'screening.gaps'>) => call('screening.gaps', input)
export const markScreening = (input: StationInput<'screening.mark'>) => call('screening.mark', input)
