/**
 * ledger 云函数：工作台账——培训与签到、深入宿舍、研判会、宣教活动，以及校心理中心可见的数量。
 * 动作清单与输入输出见 docs/api.md “## ledger”。
 */
import { createMain } from '../_lib/handler'
import { activityCreate, activityGet, activityList, activityStats } from './activities'
import { activityHold, activitySummarise } from './activity-stage'
import { caseReviewCreate, caseReviewGet, caseReviewList } from './case-reviews'
import { ledgerCounts } from './counts'
import { trainingMark, trainingSignIn } from './attendance'
import { trainingCoverage, trainingHistory } from './coverage'
import { visitCoverage, visitCreate, visitList } from './visits'
import { trainingCode, trainingCreate, trainingGet, trainingList } from './trainings'

export const actions = {
  'training.create': trainingCreate,
  'training.list': trainingList,
  'training.get': trainingGet,
  'training.code': trainingCode,
  'training.signIn': trainingSignIn,
  'training.mark': trainingMark,
  'training.coverage': trainingCoverage,
  'training.history': trainingHistory,
  'visit.create': visitCreate,
  'visit.list': visitList,
  'visit.coverage': visitCoverage,
  'caseReview.create': caseReviewCreate,
  'caseReview.list': caseReviewList,
  'caseReview.get': caseReviewGet,
  'activity.create': activityCreate,
  'activity.list': activityList,
  'activity.get': activityGet,
  'activity.hold': activityHold,
  'activity.summarise': activitySummarise,
  'activity.stats': activityStats,
  'counts': ledgerCounts,
}

export const main = createMain(actions)
