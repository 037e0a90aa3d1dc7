/**
 * 各角色首页的“现在要做”：页面接上真实云函数（backed-cloud），数据由同样的函数写入。
 */
import { render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { escalateAlerts } from '../../cloudfunctions/jobs/escalate'
import HomePage from '../../src/pages/home'
import { resetSession } from '../../src/shared/session'
import { tap } from '../support/app'
import type { CallerKey } from '../support/fixtures'
import { setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()

let seq = 0
const key = () => `k-wb-${++seq}-${Math.random().toString(36).slice(2, 10)}`

function homeAs(who: CallerKey) {
  resetSession()
  localStorage.clear()
  cloud.signInAs(who)
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation(async () => ({ errMsg: 'navigateTo:ok' }))
  const view = render(<HomePage />)
  return { ...view, opened: () => (navigateTo.mock.calls.at(-1)?.[0] as { url: string } | undefined)?.url }
}

describe('首页工作台', () => {
  test('辅导员：委员刚提交的即时报告立即出现在首页，带倒计时；点一下直达该条；确认后消失', async () => {
    cloud.at('2026-10-21T04:00:00Z')
    const alert = await cloud.call('committeeA', 'observations', 'alert.create', {
      level: 'crisis', description: '宿舍里情绪崩溃', idempotencyKey: key(), studentId: cloud.fx.students.a1,
    })
    const home = homeAs('counselorA')
    expect(await screen.findByText('待确认的即时报告')).toBeInTheDocument()
    expect(screen.getByText(cloud.fx.studentDocs.a1.name)).toBeInTheDocument()
    expect(screen.getByText(/^还剩 (29:5\d|30:00)$/)).toBeInTheDocument()
    expect(screen.getByText('约谈任务')).toBeInTheDocument()
    await tap(screen.getByText(cloud.fx.studentDocs.a1.name))
    expect(home.opened()).toBe(`/packages/counselor/pages/alerts/index?id=${alert.id}`)
    home.unmount()

    await cloud.call('counselorA', 'observations', 'alert.ack', { alertId: alert.id })
    homeAs('counselorA')
    expect(await screen.findByText('第7周周报待审阅')).toBeInTheDocument()
    expect(screen.queryByText('待确认的即时报告')).toBeNull()
  })

  test('站长：超时未确认的即时报告升级后出现在站长首页，标红显示已超时；没有模板 id 时提示微信提醒未配置', async () => {
    cloud.at('2026-10-21T05:00:00Z')
    await cloud.call('committeeA', 'observations', 'alert.create', { level: 'crisis', description: '离校未归', idempotencyKey: key() })
    cloud.at('2026-10-21T05:31:00Z')
    await escalateAlerts({ db: cloud.env.db, now: new Date('2026-10-21T05:31:00Z') })
    const { container } = homeAs('head')
    expect(await screen.findByText('已超时或已升级的即时报告')).toBeInTheDocument()
    expect(screen.getAllByText('已升级').length).toBeGreaterThan(0)
    expect(container.querySelector('.xq-wb-countdown--overdue')?.textContent).toMatch(/^已超时/)
    expect(screen.getByText('微信提醒未配置')).toBeInTheDocument()
    expect(screen.getByText(/^第7周报送 \d+\/\d+$/)).toBeInTheDocument()
    expect(screen.getByText('9月月报：未生成')).toBeInTheDocument()
  })

  test('委员：本周周报的状态与截止时间，点一下打开本周周报', async () => {
    cloud.at('2026-10-28T04:00:00Z')
    const home = homeAs('committeeC')
    const item = await screen.findByText('第8周周报：未交')
    expect(screen.getByText('截止 11月1日 周日 22:00')).toBeInTheDocument()
    await tap(item)
    expect(home.opened()).toBe('/packages/committee/pages/report/index?week=8')
  })

  test('校心理中心：上月未提交月报的辅导站与待反馈的转介个案', async () => {
    cloud.at('2026-11-03T04:00:00Z')
    homeAs('center')
    expect(await screen.findByText(/^10月月报未提交 2\/2 站$/)).toBeInTheDocument()
    expect(screen.getByText('转介个案待反馈')).toBeInTheDocument()
  })

  test('学期之间：首页显示假期中，不显示本周事项；站长被提示设置下学期', async () => {
    cloud.at('2027-01-20T04:00:00Z')
    homeAs('head')
    expect(await screen.findByText('假期中')).toBeInTheDocument()
    expect(screen.getByText('设置下学期')).toBeInTheDocument()
    expect(screen.queryByText(/^第\d+周报送/)).toBeNull()
    await waitFor(() => expect(screen.getByText(/下学期的校历还没有设置/)).toBeInTheDocument())
  })
})
