import { render, screen } from '@testing-library/react'
import { ErrorState } from '../../src/components'
import { MessageList } from '../../src/features/messages'
import { ERROR_MESSAGES } from '../../types/errors'
import { envelopesOf, fail, mockCloud, ok, tap } from '../support/app'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const messages = {
  items: [{ _id: 'm1', kind: 'reminder', title: '本周周报待提交', body: '请在周日 22:00 前提交班级心理周报', createdAt: '2026-11-21T02:00:00.000Z' }],
  total: 1,
  page: 1,
  pageSize: 50,
  unread: 1,
}

describe('加载失败与重试', () => {
  test('网络失败时显示中文原因和“重试”，点重试再次请求并显示结果', async () => {
    const cloud = mockCloud({ 'identity.messages.list': [fail('NETWORK.FAILED'), ok(messages)] })
    render(<MessageList />)
    expect(await screen.findByText(ERROR_MESSAGES['NETWORK.FAILED'])).toBeInTheDocument()

    await tap(screen.getByText('重试'))

    expect(await screen.findByText('本周周报待提交')).toBeInTheDocument()
    expect(envelopesOf(cloud, 'identity.messages.list')).toHaveLength(2)
  })

  test('“未找到”之类的错误重试也无济于事，不显示重试', () => {
    const retry = jest.fn()
    render(<ErrorState error={{ code: 'NOT_FOUND', message: ERROR_MESSAGES.NOT_FOUND }} onRetry={retry} />)
    expect(screen.getByText(ERROR_MESSAGES.NOT_FOUND)).toBeInTheDocument()
    expect(screen.queryByText('重试')).toBeNull()
  })

  test('ErrorState 的重试按钮调用 onRetry', async () => {
    const retry = jest.fn()
    render(<ErrorState error={{ code: 'NETWORK.FAILED', message: ERROR_MESSAGES['NETWORK.FAILED'] }} onRetry={retry} />)
    await tap(screen.getByText('重试'))
    expect(retry).toHaveBeenCalledTimes(1)
  })
})
