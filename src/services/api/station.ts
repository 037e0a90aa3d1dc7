/** station 云函数的类型化封装（辅导站台账 II：人员登记、工作计划与总结、普测参测） */
import type {
  DocxFile, PlanView, ScreeningDetail, ScreeningGapView, ScreeningImportOutput, ScreeningRoundView, StaffListOutput, StaffNormsView,
  StaffView, StationInput, SummaryView,
} from '../../../types/api/station'
import { functionCaller } from '../client'

export type {
  DocxFile, PlanView, ScreeningDetail, ScreeningGapView, ScreeningImportOutput, ScreeningRoundView, StaffListOutput, StaffView, SummaryView,
}

const call = functionCaller('station')

/* 人员登记 */
export const listStaff = (input: StationInput<'staff.list'> = {}) => call<StaffListOutput>('staff.list', input)
export const saveStaff = (input: StationInput<'staff.save'>) => call<StaffView>('staff.save', input)
export const removeStaff = (profileId: string) => call<{ removed: true }>('staff.remove', { profileId })
export const getStaffNorms = () => call<StaffNormsView>('staff.norms.get', {})
export const setStaffNorms = (input: StationInput<'staff.norms.set'>) => call<StaffNormsView>('staff.norms.set', input)
export const exportRegister = (input: StationInput<'staff.register'> = {}) => call<DocxFile>('staff.register', input)

/* 工作计划 */
export const getPlan = (input: StationInput<'plan.get'> = {}) => call<PlanView>('plan.get', input)
export const savePlan = (input: StationInput<'plan.save'>) => call<PlanView>('plan.save', input)
export const linkPlanItem = (input: StationInput<'plan.link'>) => call<PlanView>('plan.link', input)
export const submitPlan = (schoolYear: string) => call<PlanView>('plan.submit', { schoolYear })

/* 工作总结 */
export const getSummary = (input: StationInput<'summary.get'> = {}) => call<SummaryView>('summary.get', input)
export const draftSummary = (schoolYear: string) => call<SummaryView>('summary.draft', { schoolYear })
export const updateSummary = (input: StationInput<'summary.update'>) => call<SummaryView>('summary.update', input)
export const submitSummary = (schoolYear: string) => call<SummaryView>('summary.submit', { schoolYear })
export const returnSummary = (input: StationInput<'summary.return'>) => call<SummaryView>('summary.return', input)
export const exportSummary = (input: StationInput<'summary.export'>) => call<DocxFile>('summary.export', input)

/* 普测参测 */
export const createScreening = (input: StationInput<'screening.create'>) => call<ScreeningRoundView>('screening.create', input)
export const listScreenings = (input: StationInput<'screening.list'> = {}) => call<ScreeningRoundView[]>('screening.list', input)
export const getScreening = (roundId: string) => call<ScreeningDetail>('screening.get', { roundId })
export const importScreening = (input: StationInput<'screening.import'>) => call<ScreeningImportOutput>('screening.import', input)
export const screeningGaps = (input: StationInput<'screening.gaps'>) => call<ScreeningGapView[]>('screening.gaps', input)
export const markScreening = (input: StationInput<'screening.mark'>) => call<ScreeningGapView>('screening.mark', input)
