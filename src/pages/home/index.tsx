import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { RoleHome, restartAt } from '../../features/shell'
import { RoleGate, loadSession, resetSession, useSession } from '../../shared/session'
import { ENV } from '../../config/env'
import { clearDevOpenid } from '../../services/devSession'

/** 角色首页：按当前角色展示功能入口；持有多个角色时可一键切换 */
export default function HomePage() {
  const { person, assignments, current } = useSession()
  usePullDownRefresh(() => {
    void loadSession().finally(() => Taro.stopPullDownRefresh())
  })
  const switchDevUser = () => {
    clearDevOpenid()
    resetSession()
    restartAt('/pages/dev-login/index')
  }
  return (
    <RoleGate>
      {person && current && (
        <RoleHome
          person={person}
          assignments={assignments}
          current={current}
          onSwitchDevUser={ENV.platform === 'h5' ? switchDevUser : undefined}
        />
      )}
    </RoleGate>
  )
}
