/**
 * assessment 云函数（考核手册）的类型化包装（输入输出契约见 types/api/assessment.contract.ts 与 docs/api.md）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type { assessmentContract } from '../../../types/api/assessment.contract'
import { functionCaller, type ContractInput } from '../client'

export type { BinderExportResult, BinderView, CompareView } from '../../../types/api/assessment'

const call = functionCaller<typeof assessmentContract>('assessment')
type In<A extends keyof typeof assessmentContract> = ContractInput<typeof assessmentContract, A>

export const getBinder = (p: In<'binder.get'> = {}) => call('binder.get', p)
export const scoreItem = (p: In<'binder.score'>) => call('binder.score', p)
export const noteSlot = (p: In<'binder.note'>) => call('binder.note', p)
export const attachSlot = (p: In<'binder.attach'>) => call('binder.attach', p)
export const submitBinder = (schoolYear: string) => call('binder.submit', { schoolYear })
export const reviewItem = (p: In<'binder.review'>) => call('binder.review', p)
export const returnBinder = (p: In<'binder.return'>) => call('binder.return', p)
export const compareBinders = (schoolYear?: string) => call('binder.compare', schoolYear ? { schoolYear } : {})
export const exportBinder = (p: In<'binder.export'>) => call('binder.export', p)
