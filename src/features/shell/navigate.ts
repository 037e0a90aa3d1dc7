import Taro from '@tarojs/taro'
import { isRegisteredPage } from '../../routes'
import { showInfo } from '../../components/Toast'

/** 打开页面；页面尚未上线（未在 src/routes.ts 注册）时提示“即将开放” */
export function openPage(url: string): void {
  if (!isRegisteredPage(url)) {
    showInfo('该功能即将开放')
    return
  }
  void Taro.navigateTo({ url })
}

/** 回到启动页（重新确认身份） */
export function relaunch(): void {
  void Taro.reLaunch({ url: '/pages/launch/index' })
}

/** 进入角色首页（清空页面栈） */
export function goHome(): void {
  void Taro.reLaunch({ url: '/pages/home/index' })
}
