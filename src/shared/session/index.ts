/** 会话：当前使用者、角色任职与角色切换 */
export {
  getSession,
  subscribeSession,
  currentAssignment,
  loadSession,
  applyMe,
  selectAssignment,
  ensureRole,
  resetSession,
  endCurrentAssignment,
} from './store'
export { loadDeviceDraft, saveDeviceDraft, removeDeviceDraft } from './drafts'
export type { SessionState, SessionStatus } from './store'
export { useSession } from './useSession'
export { RoleGate } from './RoleGate'
export type { RoleGateProps } from './RoleGate'
export { RoleSwitcher } from './RoleSwitcher'
export type { RoleSwitcherProps } from './RoleSwitcher'
export { installAuthGuard } from './authGuard'
