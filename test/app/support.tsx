/**
 * 接上真实云函数的页面测试的共同开场（一个测试文件一份 backed cloud）：
 *
 *   jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))   // 每个文件自己写：jest 只提升本文件里的 mock
 *   const cloud = setupBackedCloud()                                          // beforeAll 启动、afterAll 关闭、每个测试后还原 spy
 *   test('…', async () => {
 *     openAs(cloud, 'counselorA', { id })                                     // 清掉会话与本机存储，以此人身份、带页面参数（只换人：signInFresh）
 *     const nav = captureNavigation()
 *     render(<Screen />)
 *     expect(nav.opened()).toBe(pageUrl('counselor', 'alerts', { id }))
 *   })
 */
import Taro from '@tarojs/taro'
import { resetSession } from '../../src/shared/session'
import type { CallerKey } from '../support/fixtures'
import { startBackedCloud, type BackedCloud } from './backed-cloud'

/** 本文件的 backed cloud：返回的对象在 beforeAll 之后可用（start = 函数看到的“现在”的起点） */
export function setupBackedCloud(start?: Date): BackedCloud {
  const cloud = {} as BackedCloud
  beforeAll(async () => {
    Object.assign(cloud, await startBackedCloud(start))
  }, 60_000)
  afterAll(() => cloud.close())
  afterEach(() => jest.restoreAllMocks())
  return cloud
}

/** 换人：清掉会话与本机存储（草稿、隐私同意），之后页面发出的请求以 who 的身份 */
export function signInFresh(cloud: BackedCloud, who: CallerKey): void {
  resetSession()
  localStorage.clear()
  cloud.signInAs(who)
}

/** 以某人身份打开页面：signInFresh，页面参数 = params（path = 当前页面路径） */
export function openAs(cloud: BackedCloud, who: CallerKey, params: Record<string, string> = {}, path = ''): void {
  signInFresh(cloud, who)
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params, path } } as never)
}

/** 拦下页面跳转；opened() = 最近一次 navigateTo 打开的地址 */
export function captureNavigation() {
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation(async () => ({ errMsg: 'navigateTo:ok' }))
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockImplementation(async () => ({ errMsg: 'redirectTo:ok' }))
  return { navigateTo, redirectTo, opened: () => (navigateTo.mock.calls.at(-1)?.[0] as { url: string } | undefined)?.url }
}
