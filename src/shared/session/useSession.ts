import { useSyncExternalStore } from 'react'
import { currentAssignment, getSession, subscribeSession, type SessionState } from './store'
import type { MyAssignment } from '../../services/api/identity'

/** 在组件中读取会话（当前任职随切换自动更新） */
export function useSession(): SessionState & { current: MyAssignment | null } {
  const s = useSyncExternalStore(subscribeSession, getSession, getSession)
  return { ...s, current: currentAssignment(s) }
}
