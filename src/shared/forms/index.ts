/** 表单共用：本机草稿、离开前确认、随填写消失的字段错误、日期/时刻/学生选择与今天的日期 */
export { useDraft, type DraftState } from './useDraft'
export { useLiveErrors, pruneErrors, type FieldErrors } from './useLiveErrors'
export { DraftBanner } from './DraftBanner'
export { DateField, TimeField, StudentPicker } from './pickers'
export { today, dateText } from './dates'
