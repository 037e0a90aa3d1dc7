import Taro from '@tarojs/taro'
import { onAuthError } from '../../services/client'
import { relaunch } from '../navigation'
import { endCurrentAssignment, resetSession } from './store'

let installed = false
let prompting = false

/**
 * 身份失效守卫（启动时安装一次）：任期结束/被交接或身份被解绑时，提示后回到启动页重新确认身份。
 * 旧身份在下一次调用时即失去权限（由云函数判断），这里只负责让界面跟上。
 */
export function installAuthGuard(): void {
  if (installed) return
  installed = true
  onAuthError((error) => {
    if (prompting) return
    prompting = true
    if (error.code === 'AUTH.ROLE_ENDED') endCurrentAssignment()
    else resetSession()
    void Taro.showModal({ title: '身份已变更', content: error.message, showCancel: false, confirmText: '知道了' }).finally(() => {
      prompting = false
      relaunch()
    })
  })
}
