/**
 * counseling 云函数的类型化包装（输入输出契约见 types/api/counseling.ts 与 docs/api.md）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type { counselingContract } from '../../../types/api/counseling.contract'
import { functionCaller, type ContractInput } from '../client'

export type * from '../../../types/api/counseling-views'

const call = functionCaller<typeof counselingContract>('counseling')
type In<A extends keyof typeof counselingContract> = ContractInput<typeof counselingContract, A>

// 晚点名
export const getRollCall = (p: In<'rollcall.get'>) => call('rollcall.get', p)
export const saveRollCall = (p: In<'rollcall.save'>) => call('rollcall.save', p)
export const confirmRollCall = (p: In<'rollcall.confirm'>) => call('rollcall.confirm', p)
export const returnRollCall = (p: In<'rollcall.return'>) => call('rollcall.return', p)
export const rollCallBoard = (p: In<'rollcall.board'> = {}) => call('rollcall.board', p)

// 谈心谈话
export const prefillTalk = (p: In<'talk.prefill'>) => call('talk.prefill', p)
export const createTalk = (p: In<'talk.create'>) => call('talk.create', p)
export const listTalks = (p: In<'talk.list'> = {}) => call('talk.list', p)
export const getTalk = (p: In<'talk.get'>) => call('talk.get', p)
export const studentTimeline = (p: In<'student.timeline'>) => call('student.timeline', p)

// 朋辈谈心
export const createPeerTalk = (p: In<'peer.create'>) => call('peer.create', p)
export const resubmitPeerTalk = (p: In<'peer.resubmit'>) => call('peer.resubmit', p)
export const listPeerTalks = (p: In<'peer.list'> = {}) => call('peer.list', p)
export const confirmPeerTalk = (p: In<'peer.confirm'>) => call('peer.confirm', p)
export const returnPeerTalk = (p: In<'peer.return'>) => call('peer.return', p)

// 重点关注学生库与审批
export const addKeyCare = (p: In<'keycare.add'>) => call('keycare.add', p)
export const listKeyCare = (p: In<'keycare.list'> = {}) =>
  call('keycare.list', p)
export const getKeyCare = (p: In<'keycare.get'>) => call('keycare.get', p)
/** 调入/调出危机、解除（非站长）答复 APPROVAL.REQUIRED：申请已提交，details.approvalId */
export const updateKeyCare = (p: In<'keycare.update'>) => call('keycare.update', p)
export const closeKeyCare = (p: In<'keycare.close'>) => call('keycare.close', p)
export const referKeyCare = (p: In<'keycare.refer'>) => call('keycare.refer', p)
export const listApprovals = (p: In<'approval.list'> = {}) => call('approval.list', p)
export const decideApproval = (p: In<'approval.decide'>) => call('approval.decide', p)

// 转介（校心理中心）
export const listReferrals = (p: In<'referral.list'> = {}) => call('referral.list', p)
export const getReferral = (p: In<'referral.get'>) => call('referral.get', p)
export const referralFeedback = (p: In<'referral.feedback'>) => call('referral.feedback', p)

// 本周
export const weekOverview = (p: In<'week.overview'> = {}) => call('week.overview', p)
