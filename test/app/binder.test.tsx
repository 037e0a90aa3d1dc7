/**
 * 考核手册页面接上真实的 assessment 函数：缺失材料一键打开补齐它的页面，指标一览的数字一键打开它依据的记录页；写了材料说明后建议分随之变化；
 * 自评分超出满分在页面上就被拦下；已上传的证明材料点文件名即打开；中心的比较页列出已提交的站点与名次。
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import { BinderHead, CenterCompare } from '../../src/features/assessment'
import HomePage from '../../src/pages/home'
import { tap, typeInto } from '../support/app'
import { cloud as sdk } from '../../cloudfunctions/_lib/sdk'
import { captureNavigation, setupBackedCloud, signInFresh } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()

const card = (title: string) => screen.getByText(title).closest('.xq-card') as HTMLElement

describe('考核手册（站长）', () => {
  test('缺失材料一键打开邀请码页，定位到缺观察员的宿舍', async () => {
    cloud.signInAs('head')
    const nav = captureNavigation()
    render(<BinderHead />)
    // 第一学期 09-07 开学，评估日 10-21：12栋306 一直没有观察员，共 45 天
    await tap(await screen.findByText('12栋306 无宿舍心理观察员 45 天'))
    expect(nav.opened()).toBe('/packages/head/pages/invites/index?dormId=fx-dorm-B')
  })

  test('写了“制度文件”的说明，制度建设的建议分随之提高，缺失清单不再列它', async () => {
    cloud.signInAs('head')
    const { container } = render(<BinderHead />)
    await screen.findByText('制度建设（满分 9）')
    const before = within(card('制度建设（满分 9）')).getByText(/^建议 /).textContent
    const missing = () => Array.from(container.querySelectorAll('.xq-binder-missing')).map((e) => e.textContent ?? '')
    expect(missing().some((t) => t.includes('尚无“制度文件（机制与制度）”'))).toBe(true)
    await typeInto(container, 'slot-policy.rules', '学院心理健康教育工作制度汇编（2026 版）')
    await tap(within(screen.getByText('制度文件（机制与制度）').closest('.xq-field') as HTMLElement).getByText('保存说明'))
    await waitFor(() => expect(within(card('制度建设（满分 9）')).getByText(/^建议 /).textContent).not.toBe(before))
    expect(missing().some((t) => t.includes('尚无“制度文件（机制与制度）”'))).toBe(false)
  })

  test('指标一览的数字一键打开它依据的记录页：月报、宿舍观察员、离任交接', async () => {
    cloud.signInAs('head')
    const nav = captureNavigation()
    render(<BinderHead />)
    await tap(await screen.findByText('月报按时'))
    expect(nav.opened()).toBe('/packages/head/pages/monthly/index')
    await tap(screen.getByText('宿舍现无观察员'))
    expect(nav.opened()).toBe('/packages/head/pages/invites/index')
    await tap(screen.getByText('离任交接已记录'))
    expect(nav.opened()).toBe('/packages/head/pages/people/index')
  })

  test('自评分超出该项满分：页面提示，不发请求', async () => {
    cloud.signInAs('head')
    const { container } = render(<BinderHead />)
    await screen.findByText('制度建设（满分 9）')
    const sent = cloud.requests().length
    await typeInto(container, 'score-policy', '9.5')
    await tap(within(card('制度建设（满分 9）')).getByText('保存自评'))
    expect(await screen.findByText('分数须在 0 到 9 之间')).toBeInTheDocument()
    expect(cloud.requests().slice(sent)).not.toContain('assessment.binder.score')
  })
})

describe('考核手册的证明材料（站长）', () => {
  test('已上传的制度文件列在“制度文件”栏，点文件名经临时链接打开', async () => {
    const slot = await cloud.call<{ cloudPath: string }>('head', 'identity', 'file.prepare', { purpose: 'document', filename: '工作制度汇编.pdf' })
    const { fileID } = await sdk().uploadFile({ cloudPath: slot.cloudPath, fileContent: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x20)]) })
    await cloud.call('head', 'assessment', 'binder.attach', { schoolYear: '2026-2027', slot: 'policy.rules', fileId: fileID })
    cloud.signInAs('head')
    const opened: string[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      opened.push(`${this.download} ${this.href}`)
    })
    render(<BinderHead />)
    await tap(await screen.findByText('工作制度汇编.pdf'))
    await waitFor(() => expect(opened).toEqual([expect.stringMatching(/^工作制度汇编\.pdf .*\/storage\/files\//)]))
    const field = screen.getByText('工作制度汇编.pdf').closest('.xq-field') as HTMLElement
    expect(within(field).getByText('制度文件（机制与制度）')).toBeInTheDocument()
    expect(within(field).getByText('上传文件')).toBeInTheDocument()
  })
})

describe('站长工作台', () => {
  test('首页（同一次工作台读取）列出考核手册的缺失材料，点开去补', async () => {
    signInFresh(cloud, 'head')
    const nav = captureNavigation()
    const sent = cloud.requests().length
    render(<HomePage />)
    await tap(await screen.findByText('考核手册缺失材料'))
    expect(nav.opened()).toBe('/packages/head/pages/binder/index')
    expect(cloud.requests().slice(sent).filter((r) => r.startsWith('assessment.'))).toEqual([])
  })
})

describe('考核比较（校心理中心）', () => {
  test('已提交的站点排名，未提交的列为未提交', async () => {
    await cloud.call('head', 'assessment', 'binder.submit', { schoolYear: '2026-2027' })
    signInFresh(cloud, 'center')
    render(<CenterCompare />)
    expect(await screen.findByText('第 1 名 · 机电工程学院')).toBeInTheDocument()
    expect(within(card('外国语学院')).getByText('未提交')).toBeInTheDocument()
  })
})
