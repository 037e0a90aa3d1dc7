/** H5 每页都有标题（取自 src/routes.ts）和返回；刷新后页面栈只剩一页时返回首页 */
import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Page } from '../../src/components'
import { COUNSELOR_PAGES, HEAD_PAGES, COMMITTEE_PAGES, rolePageUrl } from '../../src/routes'
import { tap } from '../support/app'

afterEach(() => jest.restoreAllMocks())

function at(path: string, depth: number) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: {}, path } } as never)
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(Array.from({ length: depth }, () => ({})) as never)
}

const title = (pages: readonly { path: string; title: string }[], path: string) => pages.find((p) => p.path === path)!.title

describe('页面标题与返回', () => {
  test.each([
    ['committee', 'pages/peer-new/index', COMMITTEE_PAGES],
    ['committee', 'pages/rollcall/index', COMMITTEE_PAGES],
    ['counselor', 'pages/week/index', COUNSELOR_PAGES],
    ['counselor', 'pages/keycare/index', COUNSELOR_PAGES],
    ['counselor', 'pages/talks/index', COUNSELOR_PAGES],
    ['counselor', 'pages/student/index', COUNSELOR_PAGES],
    ['counselor', 'pages/talk-detail/index', COUNSELOR_PAGES],
    ['head', 'pages/approvals/index', HEAD_PAGES],
    ['head', 'pages/keycare-detail/index', HEAD_PAGES],
  ] as const)('%s %s：刷新后（页面栈只有一页）仍有标题和返回，返回回到首页', async (role, path, pages) => {
    at(rolePageUrl(role, path), 1)
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' } as never)
    render(<Page className='xq-cn-page'><></></Page>)
    expect(screen.getByText(title(pages, path))).toBeInTheDocument()
    await tap(screen.getByText('‹ 返回'))
    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })

  test('从上一页进入时返回上一页；页面自己给的标题优先', async () => {
    at(rolePageUrl('counselor', 'pages/week/index'), 2)
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' } as never)
    render(<Page title='自定标题'><></></Page>)
    expect(screen.getByText('自定标题')).toBeInTheDocument()
    expect(screen.queryByText('本周')).toBeNull()
    await tap(screen.getByText('‹ 返回'))
    expect(back).toHaveBeenCalled()
  })

  test('首页没有返回', () => {
    at('/pages/home/index', 1)
    render(<Page title='心桥'><></></Page>)
    expect(screen.queryByText('‹ 返回')).toBeNull()
  })
})
