/** 辅导站台账 II：普测参测、人员登记与站长登记表、工作计划与总结 */
export { ScreeningHead } from './ScreeningHead'
export { ScreeningCounselor } from './ScreeningCounselor'
export { StaffRegister } from './StaffRegister'
export { PlanHead } from './PlanHead'
export { SummaryHead } from './SummaryHead'
