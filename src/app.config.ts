import { ROLES } from '../types/domain'
import { DEV_PAGES, MAIN_PAGES, SUBPACKAGE_PAGES, subpackageRoot } from './routes'

const isH5 = process.env.TARO_ENV === 'h5'

export default defineAppConfig({
  // 第一项为启动页
  pages: [...MAIN_PAGES, ...(isH5 ? DEV_PAGES : [])],
  // 每个角色一个分包，页面清单见 src/routes.ts
  subPackages: ROLES.map((role) => ({
    root: subpackageRoot(role),
    name: role,
    pages: SUBPACKAGE_PAGES[role].map((p) => p.path),
  })),
  window: {
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '心桥',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f6fa',
    backgroundTextStyle: 'dark',
  },
  // 隐私保护指引：启动页用 wx.getPrivacySetting 判断，必要时展示同意按钮。
  // 不使用地理位置等接口，故无需声明 requiredPrivateInfos。
  __usePrivacyCheck__: true,
  // 按需注入：只加载当前页面用到的自定义组件代码（微信代码质量检查项）
  lazyCodeLoading: 'requiredComponents',
  // 不设 tabBar：首页按角色呈现，tabBar 页面必须放主包
})
