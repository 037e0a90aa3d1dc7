/**
 * identity 云函数的类型化包装（输入输出契约见 types/api/identity.ts）。
 * 每个导出函数对应一个动作，返回 Result，永不抛出。
 */
import type {
  BindOutput,
  IdentityInput,
  MeOutput,
  MessagesListOutput,
} from '../../../types/api/identity'
import { callAction } from '../client'

export type { AssignmentView as MyAssignment, MeOutput, BindOutput, MessageView } from '../../../types/api/identity'
export type BindInput = IdentityInput<'bind'>

/** 查询我的身份与全部生效任职（不附带角色：任何生效任职都可调用；未绑定为 AUTH.NOT_BOUND） */
export const fetchMe = () => callAction<MeOutput>('identity', 'me', {}, { withRole: false })

/** 用邀请码绑定身份（学生骨干须带学号并接受保密承诺） */
export const bindInvite = (input: BindInput) => callAction<BindOutput>('identity', 'bind', input, { withRole: false })

/** 站内消息列表（提醒、告警等） */
export const listMessages = (input: IdentityInput<'messages.list'> = {}) =>
  callAction<MessagesListOutput>('identity', 'messages.list', input)

/** 标记消息已读（指定 id 或全部） */
export const readMessages = (input: IdentityInput<'messages.read'>) =>
  callAction<null>('identity', 'messages.read', input)
