/**
 * 页面跳转的唯一入口：统一处理“页面尚未上线”和跳转失败（Taro 跳转失败会以 Promise 拒绝）。
 */
import Taro from '@tarojs/taro'
import { isRegisteredPage } from '../../routes'
import { showError, showInfo } from '../../components/Toast'

const ignore = (): undefined => undefined

/** 打开页面（入栈）；页面尚未上线（未在 src/routes.ts 注册）时提示“即将开放” */
export function openPage(url: string): void {
  if (!isRegisteredPage(url)) {
    showInfo('该功能即将开放')
    return
  }
  Taro.navigateTo({ url }).catch(() => showError('页面打开失败，请稍后重试'))
}

/** 替换当前页面（不入栈） */
export function replacePage(url: string): void {
  Taro.redirectTo({ url }).catch(ignore)
}

/** 清空页面栈后打开 */
export function restartAt(url: string): void {
  Taro.reLaunch({ url }).catch(ignore)
}

/** 返回上一页 */
export function goBack(): void {
  Taro.navigateBack().catch(ignore)
}

/** 回到启动页（重新确认身份） */
export function relaunch(): void {
  restartAt('/pages/launch/index')
}

/** 进入角色首页（清空页面栈） */
export function goHome(): void {
  restartAt('/pages/home/index')
}

/** 回到页面顶部 */
export function scrollToTop(): void {
  Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(ignore)
}
