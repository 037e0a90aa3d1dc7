/**
 * assessment 云函数：考核手册（站长实时指标、建议分、自评、证明材料、提交；中心评分、退回、各站比较、按学年调整考核表）。
 * 口径见 docs/assessment.md，动作见 docs/api.md。
 */
import { createMain } from '../_lib/handler'
import { binderCompare, binderReturn, binderReview, tableSet } from './center'
import { binderExport } from './export'
import { binderAttach, binderGet, binderNote, binderScore, binderSubmit } from './head'

export const actions = {
  'binder.get': binderGet,
  'binder.score': binderScore,
  'binder.note': binderNote,
  'binder.attach': binderAttach,
  'binder.submit': binderSubmit,
  'binder.review': binderReview,
  'binder.return': binderReturn,
  'binder.compare': binderCompare,
  'binder.export': binderExport,
  'table.set': tableSet,
}

export const main = createMain(actions)
