/** 表单共用：本机草稿、离开前确认、随填写消失的字段错误 */
export { useDraft, type DraftState } from './useDraft'
export { useLiveErrors, pruneErrors, type FieldErrors } from './useLiveErrors'
export { DraftBanner } from './DraftBanner'
