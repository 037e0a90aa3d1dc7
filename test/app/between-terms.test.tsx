/**
 * 假期中（没有当前学期）的每周页面：说“假期中”，不白屏、不报错；上一学期的看板与晚点名仍可翻看；
 * 假期中不列未报、不提供一键提醒。页面背后是真实的云函数，时钟在寒假（夹具学期 2027-01-10 结束）。
 */
import { render, screen } from '@testing-library/react'
import { RollCallBoardView, WeekOverviewView } from '../../src/features/counseling'
import { BoardPage, MissingPage, ReportPage } from '../../src/features/observations'
import { setupBackedCloud, signInFresh } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud(new Date('2027-02-01T04:00:00Z'))

describe('假期中的每周页面', () => {
  test('心理委员的周报页：假期中，上学期已结束，无需填报', async () => {
    signInFresh(cloud, 'committeeA')
    render(<ReportPage role='committee' />)
    expect(await screen.findByText('假期中')).toBeInTheDocument()
    expect(screen.getByText(/上学期已于 1月10日结束/)).toBeInTheDocument()
    expect(screen.queryByText('提交零报告')).toBeNull()
  })

  test('辅导员的周报看板：假期中提示在上，下面是上一学期最后一周', async () => {
    signInFresh(cloud, 'counselorA')
    render(<BoardPage role='counselor' />)
    expect(await screen.findByText('假期中')).toBeInTheDocument()
    expect(screen.getByText(/第18周/)).toBeInTheDocument()
  })

  test('辅导员的本周与晚点名：假期中', async () => {
    signInFresh(cloud, 'counselorA')
    const week = render(<WeekOverviewView />)
    expect(await screen.findByText('假期中')).toBeInTheDocument()
    week.unmount()
    render(<RollCallBoardView />)
    expect(await screen.findByText('假期中')).toBeInTheDocument()
  })

  test('未报提醒：假期中不列未报，也没有一键提醒', async () => {
    signInFresh(cloud, 'counselorA')
    render(<MissingPage />)
    expect(await screen.findByText('假期中')).toBeInTheDocument()
    expect(screen.queryByText(/一键提醒/)).toBeNull()
  })

  test('已设置下学期：说出下学期开始日', async () => {
    await cloud.env.db.collection('terms').add({
      _id: 'term-next', stationId: cloud.fx.stationId, name: '2026-2027学年第二学期', startDate: '2027-03-01', weeks: 18, weeksOff: [],
      deadlineWeekday: 7, deadlineTime: '22:00', createdAt: new Date(), updatedAt: new Date(),
    })
    signInFresh(cloud, 'committeeA')
    render(<ReportPage role='committee' />)
    expect(await screen.findByText(/下学期从 3月1日开始/)).toBeInTheDocument()
  })
})
