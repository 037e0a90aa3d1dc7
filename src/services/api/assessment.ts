/** assessment 云函数（考核手册）的类型化封装 */
import type { BinderExportResult, BinderView, CompareView } from '../../../types/api/assessment'
import type { AssessmentItemId } from '../../../types/assessment'
import { functionCaller } from '../client'

export type { BinderExportResult, BinderView, CompareView }

const call = functionCaller('assessment')

export const getBinder = (input: { schoolYear?: string; stationId?: string } = {}) => call<BinderView>('binder.get', input)
export const scoreItem = (input: { schoolYear: string; itemId: AssessmentItemId; score: number; comment: string }) => call<{ itemId: string; score: number }>('binder.score', input)
export const noteSlot = (input: { schoolYear: string; slot: string; note: string }) => call<{ slot: string }>('binder.note', input)
export const submitBinder = (schoolYear: string) => call<{ status: 'submitted'; version: number }>('binder.submit', { schoolYear })
export const reviewItem = (input: { schoolYear: string; stationId: string; itemId: AssessmentItemId; score: number; comment: string }) => call<{ itemId: string; score: number }>('binder.review', input)
export const returnBinder = (input: { schoolYear: string; stationId: string; comment: string }) => call<{ status: 'returned' }>('binder.return', input)
export const compareBinders = (schoolYear?: string) => call<CompareView>('binder.compare', schoolYear ? { schoolYear } : {})
export const exportBinder = (input: { schoolYear?: string; stationId?: string; format: 'xlsx' | 'docx' }) => call<BinderExportResult>('binder.export', input)
