/**
 * ledger 云函数的类型化包装（输入输出契约见 types/api/ledger.ts 与 docs/api.md）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type * as api from '../../../types/api/ledger'
import { functionCaller, type ActionInput as In } from '../client'

export type * from '../../../types/api/ledger-views'

const call = functionCaller('ledger')

// 培训
export const createTraining = (p: In<typeof api.trainingCreateInput>) => call<api.TrainingView>('training.create', p)
export const listTrainings = (p: In<typeof api.trainingListInput> = {}) => call<{ termId: string; termName: string; items: api.TrainingView[] }>('training.list', p)
export const getTraining = (p: In<typeof api.trainingGetInput>) => call<api.TrainingDetail>('training.get', p)
export const trainingCode = (p: In<typeof api.trainingCodeInput>) => call<api.TrainingCodeView>('training.code', p)
export const signInTraining = (p: In<typeof api.trainingSignInInput>) => call<api.SignInResult>('training.signIn', p)
export const markAttendance = (p: In<typeof api.trainingMarkInput>) => call<api.ExpectedAttendeeView>('training.mark', p)
export const trainingCoverage = (p: In<typeof api.trainingCoverageInput> = {}) => call<api.CoverageView>('training.coverage', p)
export const trainingHistory = (p: In<typeof api.trainingHistoryInput> = {}) => call<api.TrainingHistoryView>('training.history', p)

// 深入宿舍
export const createVisit = (p: In<typeof api.visitCreateInput>) => call<api.VisitView>('visit.create', p)
export const listVisits = (p: In<typeof api.visitListInput> = {}) => call<{ items: api.VisitView[] }>('visit.list', p)
export const visitCoverage = (p: In<typeof api.visitCoverageInput>) => call<api.VisitCoverageView>('visit.coverage', p)

// 研判会
export const createCaseReview = (p: In<typeof api.caseReviewCreateInput>) => call<api.CaseReviewView>('caseReview.create', p)
export const listCaseReviews = (p: In<typeof api.caseReviewListInput> = {}) => call<{ items: api.CaseReviewView[] }>('caseReview.list', p)
export const getCaseReview = (p: In<typeof api.caseReviewGetInput>) => call<api.CaseReviewView>('caseReview.get', p)

// 宣教活动
export const createActivity = (p: In<typeof api.activityCreateInput>) => call<api.ActivityView>('activity.create', p)
export const listActivities = (p: In<typeof api.activityListInput> = {}) => call<{ termId: string; termName: string; items: api.ActivityView[] }>('activity.list', p)
export const holdActivity = (p: In<typeof api.activityHoldInput>) => call<api.ActivityView>('activity.hold', p)
export const summariseActivity = (p: In<typeof api.activitySummariseInput>) => call<api.ActivityView>('activity.summarise', p)
export const activityStats = (p: In<typeof api.activityStatsInput> = {}) => call<api.ActivityStatsView>('activity.stats', p)

// 校心理中心
export const ledgerCounts = (p: In<typeof api.ledgerCountsInput> = {}) => call<api.LedgerCountsView>('counts', p)
