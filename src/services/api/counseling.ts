/**
 * counseling 云函数的类型化包装（输入输出契约见 types/api/counseling.ts 与 docs/api.md）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type * as api from '../../../types/api/counseling'
import { functionCaller, type ActionInput as In } from '../client'

export type * from '../../../types/api/counseling-views'

const call = functionCaller('counseling')

// 晚点名
export const getRollCall = (p: In<typeof api.rollcallGetInput>) => call<api.RollCallGetResult>('rollcall.get', p)
export const saveRollCall = (p: In<typeof api.rollcallSaveInput>) => call<api.RollCallView>('rollcall.save', p)
export const confirmRollCall = (p: In<typeof api.rollcallConfirmInput>) => call<api.RollCallView>('rollcall.confirm', p)
export const returnRollCall = (p: In<typeof api.rollcallReturnInput>) => call<api.RollCallView>('rollcall.return', p)
export const rollCallBoard = (p: In<typeof api.rollcallBoardInput> = {}) => call<api.RollCallBoard>('rollcall.board', p)

// 谈心谈话
export const prefillTalk = (p: In<typeof api.talkPrefillInput>) => call<api.TalkPrefill>('talk.prefill', p)
export const createTalk = (p: In<typeof api.talkCreateInput>) => call<{ talk: api.TalkView; taskClosed: boolean }>('talk.create', p)
export const listTalks = (p: In<typeof api.talkListInput> = {}) => call<api.Page<api.TalkListItem>>('talk.list', p)
export const getTalk = (p: In<typeof api.talkGetInput>) => call<api.TalkView>('talk.get', p)
export const studentTimeline = (p: In<typeof api.studentTimelineInput>) => call<api.StudentTimeline>('student.timeline', p)

// 朋辈谈心
export const createPeerTalk = (p: In<typeof api.peerCreateInput>) => call<api.PeerTalkView>('peer.create', p)
export const resubmitPeerTalk = (p: In<typeof api.peerResubmitInput>) => call<api.PeerTalkView>('peer.resubmit', p)
export const listPeerTalks = (p: In<typeof api.peerListInput> = {}) => call<api.Page<api.PeerTalkView>>('peer.list', p)
export const confirmPeerTalk = (p: In<typeof api.peerConfirmInput>) => call<api.PeerTalkView>('peer.confirm', p)
export const returnPeerTalk = (p: In<typeof api.peerReturnInput>) => call<api.PeerTalkView>('peer.return', p)

// 重点关注学生库与审批
export interface KeyCareSummary {
  byLevel: Record<'general' | 'key' | 'crisis', number>
  byStatus: Record<'active' | 'referred' | 'closed', number>
  overdue: number
  pendingApprovals: number
}
export const addKeyCare = (p: In<typeof api.keycareAddInput>) => call<api.KeyCareAddResult>('keycare.add', p)
export const listKeyCare = (p: In<typeof api.keycareListInput> = {}) =>
  call<api.Page<api.KeyCareListItem> & { summary: KeyCareSummary }>('keycare.list', p)
export const getKeyCare = (p: In<typeof api.keycareGetInput>) => call<api.KeyCareDetail>('keycare.get', p)
/** 调入/调出危机、解除（非站长）答复 APPROVAL.REQUIRED：申请已提交，details.approvalId */
export const updateKeyCare = (p: In<typeof api.keycareUpdateInput>) => call<api.KeyCareListItem>('keycare.update', p)
export const closeKeyCare = (p: In<typeof api.keycareCloseInput>) => call<api.KeyCareListItem>('keycare.close', p)
export const referKeyCare = (p: In<typeof api.keycareReferInput>) => call<api.KeyCareListItem>('keycare.refer', p)
export const listApprovals = (p: In<typeof api.approvalListInput> = {}) => call<api.Page<api.ApprovalView>>('approval.list', p)
export const decideApproval = (p: In<typeof api.approvalDecideInput>) => call<api.ApprovalView>('approval.decide', p)

// 转介（校心理中心）
export const listReferrals = (p: In<typeof api.referralListInput> = {}) => call<api.Page<api.ReferralListItem>>('referral.list', p)
export const getReferral = (p: In<typeof api.referralGetInput>) => call<api.ReferralDetail>('referral.get', p)
export const referralFeedback = (p: In<typeof api.referralFeedbackInput>) => call<api.ReferralDetail>('referral.feedback', p)

// 本周
export const weekOverview = (p: In<typeof api.weekOverviewInput> = {}) => call<api.WeekOverview>('week.overview', p)
