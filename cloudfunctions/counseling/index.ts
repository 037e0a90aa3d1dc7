/**
 * counseling 云函数：周末晚点名、谈心谈话、朋辈谈心、重点关注学生库、站长审批、转介与“本周”概览。
 * 动作清单与输入输出见 docs/api.md “## counseling”。
 */
import { createMain } from '../_lib/handler'
import { approvalDecide, approvalList } from './approvals'
import { keycareAdd, keycareGet, keycareList } from './keycare'
import { keycareClose, keycareRefer, keycareUpdate } from './keycare-change'
import { weekOverview } from './overview'
import { peerConfirm, peerCreate, peerList, peerResubmit, peerReturn } from './peer'
import { referralFeedback, referralGet, referralList } from './referrals'
import { rollcallGet, rollcallSave } from './rollcall'
import { rollcallBoard, rollcallConfirm, rollcallReturn } from './rollcall-review'
import { talkPrefill } from './talk-sources'
import { talkCreate, talkGet, talkList } from './talks'
import { studentTimeline } from './timeline'

export const actions = {
  'rollcall.get': rollcallGet,
  'rollcall.save': rollcallSave,
  'rollcall.confirm': rollcallConfirm,
  'rollcall.return': rollcallReturn,
  'rollcall.board': rollcallBoard,
  'talk.prefill': talkPrefill,
  'talk.create': talkCreate,
  'talk.list': talkList,
  'talk.get': talkGet,
  'student.timeline': studentTimeline,
  'peer.create': peerCreate,
  'peer.resubmit': peerResubmit,
  'peer.list': peerList,
  'peer.confirm': peerConfirm,
  'peer.return': peerReturn,
  'keycare.add': keycareAdd,
  'keycare.list': keycareList,
  'keycare.get': keycareGet,
  'keycare.update': keycareUpdate,
  'keycare.close': keycareClose,
  'keycare.refer': keycareRefer,
  'approval.list': approvalList,
  'approval.decide': approvalDecide,
  'referral.list': referralList,
  'referral.get': referralGet,
  'referral.feedback': referralFeedback,
  'week.overview': weekOverview,
}

export const main = createMain(actions)
