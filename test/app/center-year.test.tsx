/**
 * 校心理中心的学年工作计划与总结页接上真实的 station / ledger 函数：各站一行显示是否已提交；
 * 打开已提交的计划与总结（只读）；带意见退回总结，站长读回“已退回”与意见；导出站长登记表。
 */
import { configure, render, screen, waitFor, within } from '@testing-library/react'
import { CenterPlan, CenterSummary, CenterYearWork } from '../../src/features/station'
import { tap, typeInto } from '../support/app'
import { captureNavigation, setupBackedCloud, signInFresh } from './support'

configure({ asyncUtilTimeout: 5000 })

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

/** 已结束的学年：计划与总结都已提交（函数时钟在 2026-2027 学年，总结可起草） */
const YEAR = '2025-2026'
const cloud = setupBackedCloud()
let stationId: string
beforeAll(async () => {
  stationId = cloud.fx.stationId
  await cloud.call('head', 'station', 'plan.save', {
    schoolYear: YEAR,
    items: [
      { what: '新生心理委员培训', month: '2025-10', who: '孙站长', assessmentItemId: 'routine', links: [] },
      { what: '5·25 心理健康活动月', month: '2026-05', who: '各辅导员', assessmentItemId: 'routine', links: [] },
    ],
  })
  await cloud.call('head', 'station', 'plan.submit', { schoolYear: YEAR })
  const drafted = await cloud.call('head', 'station', 'summary.draft', { schoolYear: YEAR })
  await cloud.call('head', 'station', 'summary.update', { schoolYear: YEAR, rev: drafted.rev, text: { overview: '本学年按计划开展心理委员培训与活动月。' }, notes: [] })
  await cloud.call('head', 'station', 'summary.submit', { schoolYear: YEAR })
  await cloud.call('head', 'station', 'staff.save', {
    kind: 'head', personId: cloud.fx.personIds.head, employment: 'full_time', name: '孙站长', gender: '女', department: '机电工程学院',
    title: '副书记', education: '硕士研究生', major: '应用心理学', qualification: { kind: 'none' },
  })
}, 60_000)

const cardOf = (title: string) => screen.getByText(title).closest('.xq-card') as HTMLElement
/** 每站一行各自读计划与总结：等所有行都读完，测试结束时没有进行中的请求 */
async function allRowsLoaded() {
  await screen.findByText(`${YEAR} 学年`)
  await waitFor(() => expect(screen.queryAllByText(/^(计划|总结)…$/)).toHaveLength(0), { timeout: 15_000 })
}

describe('各站计划与总结（校心理中心）', () => {
  test('每站一行：本站计划、总结已提交，别站未提交；点“工作总结”进入该站该学年的总结页', async () => {
    signInFresh(cloud, 'center')
    const nav = captureNavigation().navigateTo
    render(<CenterYearWork initialYear={YEAR} />)
    expect(await screen.findByText(`${YEAR} 学年`)).toBeInTheDocument()
    const mine = cardOf('机电工程学院')
    expect(await within(mine).findByText('计划已提交')).toBeInTheDocument()
    expect(await within(mine).findByText('总结已提交 · 第1版')).toBeInTheDocument()
    await allRowsLoaded()
    const others = Array.from(document.querySelectorAll('.xq-st-station')).filter((c) => c !== mine)
    expect(others.length).toBeGreaterThan(0)
    expect(within(others[0] as HTMLElement).getByText('计划未提交')).toBeInTheDocument()
    await tap(within(mine).getByText('工作总结'))
    expect(nav).toHaveBeenCalledWith(expect.objectContaining({ url: `/packages/center/pages/station-summary/index?stationId=${stationId}&schoolYear=${YEAR}` }))
  }, 30_000)

  test('已提交的工作计划：条目、负责人与考核指标，月份已过而无记录的标为未完成', async () => {
    signInFresh(cloud, 'center')
    render(<CenterPlan stationId={stationId} schoolYear={YEAR} />)
    expect(await screen.findByText('计划条目 2 项')).toBeInTheDocument()
    expect(screen.getByText('2 个条目月份已过，还没有关联记录')).toBeInTheDocument()
    expect(within(cardOf('2025-10 · 新生心理委员培训')).getByText('未完成')).toBeInTheDocument()
  })

  test('总结带意见退回：没写意见不发请求；退回后页面显示意见，站长读回“已退回”与同一条意见', async () => {
    signInFresh(cloud, 'center')
    render(<CenterSummary stationId={stationId} schoolYear={YEAR} />)
    expect(await screen.findByText('本学年按计划开展心理委员培训与活动月。')).toBeInTheDocument()
    expect(screen.getByText('二、工作计划完成情况')).toBeInTheDocument()
    await tap(screen.getByText('退回修改'))
    const sheet = document.querySelector('.xq-sheet') as HTMLElement
    expect(within(sheet).getByText('退回 机电工程学院 的工作总结')).toBeInTheDocument()
    await tap(within(sheet).getByText('退回'))
    expect(cloud.requests()).not.toContain('station.summary.return')
    await typeInto(sheet, 'return-comment', '请补充普测参测率未达 100% 的原因')
    await tap(within(sheet).getByText('退回'))
    expect(await screen.findByText('退回意见')).toBeInTheDocument()
    expect(screen.getByText('请补充普测参测率未达 100% 的原因')).toBeInTheDocument()
    expect(screen.queryByText('退回修改')).toBeNull()
    const back = await cloud.call('head', 'station', 'summary.get', { schoolYear: YEAR })
    expect(back).toMatchObject({ status: 'returned', returnComment: '请补充普测参测率未达 100% 的原因' })
  })

  test('站长登记表：在本站一行导出，下载的是本站的登记表，函数记审计', async () => {
    signInFresh(cloud, 'center')
    const downloads: string[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { downloads.push(this.download) })
    render(<CenterYearWork initialYear={YEAR} />)
    await allRowsLoaded()
    await tap(within(cardOf('机电工程学院')).getByText('站长登记表'))
    await waitFor(() => expect(downloads).toEqual(['机电工程学院-二级学院心理辅导站站长登记表-2026-2027.docx']), { timeout: 10_000 })
    const audit = await cloud.env.db.collection('audit_logs').where({ action: 'station.staff.register' }).get()
    expect(audit.data).toHaveLength(1)
  }, 30_000)
})
