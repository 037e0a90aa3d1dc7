/**
 * ledger 云函数的类型化包装（输入输出契约见 types/api/ledger.ts 与 docs/api.md）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type { ledgerContract } from '../../../types/api/ledger.contract'
import { functionCaller, type ContractInput } from '../client'

export type * from '../../../types/api/ledger-views'

const call = functionCaller<typeof ledgerContract>('ledger')
type In<A extends keyof typeof ledgerContract> = ContractInput<typeof ledgerContract, A>

// 培训
export const createTraining = (p: In<'training.create'>) => call('training.create', p)
export const listTrainings = (p: In<'training.list'> = {}) => call('training.list', p)
export const getTraining = (p: In<'training.get'>) => call('training.get', p)
export const trainingCode = (p: In<'training.code'>) => call('training.code', p)
export const signInTraining = (p: In<'training.signIn'>) => call('training.signIn', p)
export const markAttendance = (p: In<'training.mark'>) => call('training.mark', p)
export const trainingCoverage = (p: In<'training.coverage'> = {}) => call('training.coverage', p)
export const trainingHistory = (p: In<'training.history'> = {}) => call('training.history', p)

// 深入宿舍
export const createVisit = (p: In<'visit.create'>) => call('visit.create', p)
export const listVisits = (p: In<'visit.list'> = {}) => call('visit.list', p)
export const visitCoverage = (p: In<'visit.coverage'>) => call('visit.coverage', p)

// 研判会
export const createCaseReview = (p: In<'caseReview.create'>) => call('caseReview.create', p)
export const listCaseReviews = (p: In<'caseReview.list'> = {}) => call('caseReview.list', p)
export const getCaseReview = (p: In<'caseReview.get'>) => call('caseReview.get', p)

// 宣教活动
export const createActivity = (p: In<'activity.create'>) => call('activity.create', p)
export const listActivities = (p: In<'activity.list'> = {}) => call('activity.list', p)
export const holdActivity = (p: In<'activity.hold'>) => call('activity.hold', p)
export const summariseActivity = (p: In<'activity.summarise'>) => call('activity.summarise', p)
export const activityStats = (p: In<'activity.stats'> = {}) => call('activity.stats', p)

// 校心理中心
export const ledgerCounts = (p: In<'counts'> = {}) => call('counts', p)
