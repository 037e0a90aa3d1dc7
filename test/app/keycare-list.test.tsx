/** 重点关注库列表（真实云函数）：有“加入重点关注”按钮；顶部计数只数所看的状态 */
import { render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { KeyCareList } from '../../src/features/counseling/KeyCareList'
import { resetSession } from '../../src/shared/session'
import { tap } from '../support/app'
import { setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()

const counter = (label: string) => {
  const item = Array.from(document.querySelectorAll('.xq-cn-summary__item')).find((x) => x.querySelector('.xq-cn-summary__label')?.textContent === label)!
  return Number(item.querySelector('.xq-cn-summary__num')!.textContent)
}

test('转介到中心的危机个案不算进“关注中”的危机计数；切到“已转介”才计入', async () => {
  // 站长把 b2 以危机入库并转介到校心理中心；a3 以重点关注入库（关注中）
  const crisis = await cloud.call('head', 'counseling', 'keycare.add', {
    studentId: cloud.fx.students.b2, level: 'crisis', categories: ['情绪异常'], source: 'direct', nextFollowUp: '2026-10-28',
  })
  await cloud.call('head', 'counseling', 'keycare.refer', { id: crisis.entry.id, to: 'center', date: '2026-10-21', party: '校心理中心' })
  await cloud.call('head', 'counseling', 'keycare.add', {
    studentId: cloud.fx.students.a3, level: 'key', categories: ['学业压力'], source: 'direct', nextFollowUp: '2026-10-28',
  })
  resetSession()
  cloud.signInAs('head')
  render(<KeyCareList pkg='head' />)
  await screen.findByText('关注中的学生')
  await waitFor(() => expect(document.querySelectorAll('.xq-card').length).toBeGreaterThan(0))
  expect(counter('危机')).toBe(0)
  expect(counter('重点关注')).toBe(1)
  // 关注中的列表里确实没有危机
  expect(document.querySelectorAll('.xq-card--accent-crisis')).toHaveLength(0)

  await tap(screen.getByText('已转介'))
  await screen.findByText('已转介的学生')
  await waitFor(() => expect(counter('危机')).toBe(1))
  expect(counter('重点关注')).toBe(0)
})

test('列表页有“加入重点关注”，打开本分包的入库页', async () => {
  resetSession()
  cloud.signInAs('counselorA')
  const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  render(<KeyCareList pkg='counselor' />)
  await screen.findByText('关注中的学生')
  await tap(screen.getByText('加入重点关注'))
  expect(nav).toHaveBeenCalledWith({ url: '/packages/counselor/pages/keycare-new/index' })
})
