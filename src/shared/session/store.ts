/**
 * 会话：当前使用者、其生效的角色任职、当前选择的任职。
 * 极小的模块级 store（useSyncExternalStore），无需 Provider；所选任职记在本地存储，下次启动沿用。
 */
import Taro from '@tarojs/taro'
import type { Role } from '../../../types/domain'
import type { AppErrorBody, Result } from '../../../types/result'
import { fetchMe, type MeOutput, type MyAssignment } from '../../services/api/identity'
import { setCallerSelection } from '../../services/client'
import { wipeDrafts, wipeDraftsExcept } from './drafts'

export type SessionStatus = 'idle' | 'loading' | 'ready' | 'unbound' | 'error'

export interface SessionState {
  status: SessionStatus
  person: MeOutput['person'] | null
  /** 生效中的全部任职 */
  assignments: MyAssignment[]
  /** 当前选择的任职 id */
  currentId: string | null
  /** status 为 error 时的原因 */
  error: AppErrorBody | null
}

const STORAGE_KEY = 'xq.assignmentId'
/** 默认进入的角色顺序（与服务端一致：站长优先） */
const ROLE_PRIORITY: Role[] = ['head', 'counselor', 'committee', 'observer', 'center']

const INITIAL: SessionState = { status: 'idle', person: null, assignments: [], currentId: null, error: null }

let state: SessionState = INITIAL
const listeners = new Set<() => void>()

function setState(next: Partial<SessionState>): void {
  state = { ...state, ...next }
  const current = state.assignments.find((a) => a._id === state.currentId)
  setCallerSelection(current ? { role: current.role, assignmentId: current._id } : null)
  for (const l of listeners) l()
}

/** 读取当前会话快照 */
export function getSession(): SessionState {
  return state
}

/** 订阅会话变化，返回取消函数 */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** 当前选择的任职 */
export function currentAssignment(s: SessionState = state): MyAssignment | null {
  return s.assignments.find((a) => a._id === s.currentId) ?? null
}

function readPreferred(): string | null {
  try {
    const v: unknown = Taro.getStorageSync(STORAGE_KEY)
    return typeof v === 'string' && v ? v : null
  } catch {
    return null
  }
}

/** 从 me 的结果确定当前任职：沿用上次选择，否则按角色优先级 */
function pickCurrent(assignments: MyAssignment[], preferred: string | null): string | null {
  if (preferred && assignments.some((a) => a._id === preferred)) return preferred
  const sorted = [...assignments].sort((x, y) => ROLE_PRIORITY.indexOf(x.role) - ROLE_PRIORITY.indexOf(y.role))
  return sorted[0]?._id ?? null
}

/** 应用 identity.me 的结果。手机上不属于这些生效任职的草稿（任职已结束、换了人）一并抹掉 */
export function applyMe(me: MeOutput): void {
  wipeDraftsExcept(me.assignments.map((a) => a._id))
  setState({
    status: 'ready',
    person: me.person,
    assignments: me.assignments,
    currentId: pickCurrent(me.assignments, state.currentId ?? readPreferred()),
    error: null,
  })
}

/** 拉取身份（启动页、绑定成功后、任期变化后调用）。未绑定时 status = 'unbound' */
export async function loadSession(): Promise<Result<MeOutput>> {
  setState({ status: 'loading', error: null })
  const res = await fetchMe()
  if (res.ok) applyMe(res.data)
  else if (res.error.code === 'AUTH.NOT_BOUND') setState({ ...INITIAL, status: 'unbound' })
  else setState({ status: 'error', error: res.error })
  return res
}

/** 切换当前任职（一键切换角色） */
export function selectAssignment(assignmentId: string): boolean {
  if (!state.assignments.some((a) => a._id === assignmentId)) return false
  try {
    Taro.setStorageSync(STORAGE_KEY, assignmentId)
  } catch {
    // 存储失败不影响本次会话
  }
  setState({ currentId: assignmentId })
  return true
}

/** 进入某角色的页面时：当前不是该角色而本人持有该角色，则切换过去 */
export function ensureRole(role: Role): boolean {
  if (currentAssignment()?.role === role) return true
  const held = state.assignments.find((a) => a.role === role)
  return held ? selectAssignment(held._id) : false
}

/** 任职结束或被交接（AUTH.ROLE_ENDED）：抹掉当前任职留在手机上的全部草稿，再清空会话 */
export function endCurrentAssignment(): void {
  if (state.currentId) wipeDrafts(state.currentId)
  resetSession()
}

/** 清空会话（退出开发登录、测试） */
export function resetSession(): void {
  try {
    Taro.removeStorageSync(STORAGE_KEY)
  } catch {
    // 忽略
  }
  setState(INITIAL)
}
