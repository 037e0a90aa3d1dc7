import { View } from '@tarojs/components'
import { useEffect, type ReactNode } from 'react'
import { ROLE_LABELS, type Role } from '../../../types/domain'
import { Button, Empty, ErrorState, Loading } from '../../components'
import { ENV } from '../../config/env'
import { goHome, relaunch } from '../navigation'
import { ensureRole, loadSession } from './store'
import { useSession } from './useSession'

export interface RoleGateProps {
  /** 页面所属角色（分包页面即分包的角色）；不填表示任何已绑定角色都可进入 */
  role?: Role
  children?: ReactNode
}

/**
 * 角色页面的守卫：会话未加载则加载；当前任职不是该角色而本人持有时自动切换；
 * 否则显示“无权访问”。页面刷新（H5）或从消息直接打开时也能正确进入。
 * 界面上的隐藏只是礼貌，权限始终由云函数判断。
 */
export function RoleGate({ role, children }: RoleGateProps) {
  const session = useSession()
  const { status, current } = session
  const holds = !!role && session.assignments.some((a) => a.role === role)
  const matches = !role || current?.role === role

  const errorCode = session.error?.code
  useEffect(() => {
    if (status === 'idle') void loadSession()
    // 未绑定；或 H5 刷新后还没有开发登录身份：回启动页走完整流程
    else if (status === 'unbound' || (status === 'error' && errorCode === 'AUTH.UNAUTHENTICATED' && ENV.platform === 'h5')) relaunch()
    else if (status === 'ready' && !matches && holds && role) ensureRole(role)
  }, [status, errorCode, matches, role, holds])

  if (status === 'error' && session.error) {
    return <ErrorState error={session.error} onRetry={() => void loadSession()} alwaysRetry />
  }
  if (status !== 'ready' || (!matches && holds)) return <Loading fullscreen />
  if (!matches && role) {
    return (
      <View>
        <Empty
          icon='锁'
          title='当前身份无权访问此页面'
          desc={`此页面仅限${ROLE_LABELS[role]}使用`}
          action={
            <Button variant='secondary' onClick={goHome}>
              返回首页
            </Button>
          }
        />
      </View>
    )
  }
  return <>{children}</>
}
