import { configure, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { MonthlyCenterReport, MonthlyHead } from '../../src/features/reports'
import { tap, typeInto } from '../support/app'
import { NOV1_2AM } from '../functions/reports/helpers'
import { seedSampleMonth } from '../functions/reports/seed-month'
import { setupBackedCloud, signInFresh } from './support'

// 月报在真实函数上生成与导出较慢：等待页面的时限放宽到 5 秒（机器忙时 1 秒不够）
configure({ asyncUtilTimeout: 5000 })

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const OCT = '2026-10'
const cloud = setupBackedCloud(NOV1_2AM)
beforeAll(async () => {
  // 手算样本（test/unit/monthly-sample.ts）：10 月应报第 5–7 周，报送率 61.1%，被关注 3 人，危机条目 1，月末在库 4
  await seedSampleMonth(cloud.env.db, cloud.fx)
}, 60_000)

/** 某张卡片里“数字 + 名称”的统计项 → { 名称: 数字 } */
function statsIn(card: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {}
  card.querySelectorAll('.xq-mr-stats__item').forEach((item) => {
    out[item.querySelector('.xq-mr-stats__label')!.textContent!] = item.querySelector('.xq-mr-stats__num')!.textContent!
  })
  return out
}
const cardTitled = (title: string) => screen.getByText(title).closest('.xq-card') as HTMLElement
const sheet = () => document.querySelector('.xq-sheet') as HTMLElement | null
const headReport = () => cloud.call('head', 'reports', 'monthly.get', { month: OCT })

describe('站长月报与中心退回', () => {
  test('站长生成草稿：本月概况显示按记录算出的数字', async () => {
    signInFresh(cloud, 'head')
    render(<MonthlyHead initialMonth={OCT} />)
    expect(await screen.findByText('2026年10月月报尚未生成')).toBeInTheDocument()
    await tap(screen.getByText('生成草稿'))
    await screen.findByText('本月概况')
    expect(statsIn(cardTitled('本月概况'))).toMatchObject({ 报送率: '61.1%', 被关注学生: '3', 危机条目: '1', 重点关注在库: '4' })
    expect((await headReport()).status).toBe('draft')
  })

  test('个别情况描述在底部弹层里编辑：点遮罩放弃不保存；保存后函数里的月报已更新', async () => {
    signInFresh(cloud, 'head')
    render(<MonthlyHead initialMonth={OCT} />)
    await screen.findByText('本月概况')
    const before = (await headReport()).cases
    expect(before.length).toBeGreaterThan(0)
    const first = before[0]

    await tap(screen.getAllByText('编辑')[0])
    expect(within(sheet()!).getByText(`编辑 · ${first.studentName}`)).toBeInTheDocument()
    await typeInto(sheet()!, 'case-situation', '随手改了又放弃')
    await tap(sheet()!.querySelector('.xq-sheet__mask')!)
    expect(sheet()).toBeNull()

    await tap(screen.getAllByText('编辑')[0])
    await typeInto(sheet()!, 'case-situation', '期中后情绪低落，已两次约谈')
    await tap(within(sheet()!).getByText('保存'))
    await waitFor(() => expect(sheet()).toBeNull())
    expect(await screen.findByText('期中后情绪低落，已两次约谈')).toBeInTheDocument()
    const after = (await headReport()).cases
    expect(after[0]).toMatchObject({ studentName: first.studentName, situation: '期中后情绪低落，已两次约谈', edited: true })
    expect(after.map((c: { situation: string }) => c.situation)).not.toContain('随手改了又放弃')
  })

  test('站长提交后中心在弹层里填写意见退回；站长再打开看到退回意见并可重新提交', async () => {
    signInFresh(cloud, 'head')
    const modal = jest.spyOn(Taro, 'showModal').mockImplementation(async () => ({ confirm: true, cancel: false, content: '', errMsg: 'showModal:ok' }))
    const head = render(<MonthlyHead initialMonth={OCT} />)
    await screen.findByText('本月概况')
    await tap(screen.getByText('提交'))
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '提交2026年10月月报' }))
    expect(await screen.findByText(/已提交第1版/, undefined, { timeout: 5000 })).toBeInTheDocument()
    expect((await headReport()).status).toBe('submitted')
    head.unmount()

    signInFresh(cloud, 'center')
    const center = render(<MonthlyCenterReport stationId={cloud.fx.stationId} month={OCT} />)
    await screen.findByText('本月概况')
    expect(statsIn(cardTitled('本月概况'))).toMatchObject({ 报送率: '61.1%', 被关注学生: '3' })
    expect(sheet()).toBeNull()
    await tap(screen.getByText('退回修改'))
    const s = sheet()!
    expect(s).not.toBeNull()
    expect(within(s).getByText('退回月报')).toBeInTheDocument()
    // 没写意见时“退回”不可用：不发出请求
    await tap(within(s).getByText('退回'))
    expect(cloud.requests()).not.toContain('reports.monthly.return')
    await typeInto(s, 'return-comment', '个别情况描述请补充干预后效果')
    await tap(within(s).getByText('退回'))
    expect(await screen.findByText('已退回：个别情况描述请补充干预后效果')).toBeInTheDocument()
    await waitFor(() => expect(sheet()).toBeNull())
    center.unmount()

    signInFresh(cloud, 'head')
    render(<MonthlyHead initialMonth={OCT} />)
    expect(await screen.findByText(/校心理中心退回（第1版.*）：个别情况描述请补充干预后效果/)).toBeInTheDocument()
    expect(screen.getByText('重新提交')).toBeInTheDocument()
    expect(await headReport()).toMatchObject({ status: 'returned', returnComment: '个别情况描述请补充干预后效果' })

    // 重新提交后，提交记录按时间先后：第1版 → 第1版被退回 → 第2版
    await tap(screen.getByText('重新提交'))
    expect(await screen.findByText(/已提交第2版/, undefined, { timeout: 5000 })).toBeInTheDocument()
    const lines = Array.from(document.querySelectorAll('.xq-mr-line')).map((e) => e.textContent ?? '').filter((t) => /^第\d版/.test(t))
    expect(lines.map((t) => t.split(' · ')[0])).toEqual(['第1版', '第1版被退回', '第2版'])
  }, 30_000)
})
