import { Page } from '../../components'
import { DevUserList } from '../../features/devLogin'

/** 本地开发登录：选择一个演示身份（只在 H5 构建中存在；真实身份由微信平台提供） */
export default function DevLoginPage() {
  return (
    <Page title='选择演示身份' subtitle='本地开发模式：以演示数据中的某个人进入心桥'>
      <DevUserList />
    </Page>
  )
}
