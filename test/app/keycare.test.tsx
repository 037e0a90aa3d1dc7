import { render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { KeyCareDetailView } from '../../src/features/counseling/KeyCareDetail'
import { tap } from '../support/app'
import { setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()
beforeEach(() => localStorage.clear())
afterEach(() => jest.restoreAllMocks())

/** 辅导员 A 把本班学生加入重点关注库，返回条目 id */
async function addEntry(student: 'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'b2' | 'b3', categories: string[]): Promise<string> {
  const r = await cloud.call('counselorA', 'counseling', 'keycare.add', {
    studentId: cloud.fx.students[student], level: 'key', categories, source: 'direct', nextFollowUp: '2026-10-28',
  })
  return r.entry.id
}

describe('重点关注详情：修改关注类别', () => {
  test('辅导员改选类别并保存：详情页显示新类别与变更历史，函数读回的条目已更新', async () => {
    const id = await addEntry('a1', ['学业压力'])
    cloud.signInAs('counselorA')
    render(<KeyCareDetailView id={id} />)
    expect(await screen.findByText('类别：学业压力')).toBeInTheDocument()

    await tap(screen.getByText('修改类别'))
    await tap(screen.getByText('学业压力'))
    await tap(screen.getByText('情绪异常'))
    await tap(screen.getByText('人际关系'))
    await tap(screen.getByText('保存'))

    // 按选项原顺序保存
    expect(await screen.findByText('类别：人际关系、情绪异常')).toBeInTheDocument()
    expect(screen.getByText(/类别：学业压力 → 人际关系、情绪异常/)).toBeInTheDocument()
    const back = await cloud.call('counselorA', 'counseling', 'keycare.get', { id })
    expect(back.categories).toEqual(['人际关系', '情绪异常'])
    expect(back.history.map((h: { change: string }) => h.change)).toContain('categories')
  })

  test('全部取消时提示至少选一个，不发出修改请求；未改动时不能保存', async () => {
    const id = await addEntry('a2', ['家庭变故'])
    cloud.signInAs('counselorA')
    render(<KeyCareDetailView id={id} />)
    await screen.findByText('类别：家庭变故')
    await tap(screen.getByText('修改类别'))
    const before = cloud.requests().length
    await tap(screen.getByText('保存'))
    await tap(screen.getByText('家庭变故'))
    expect(screen.getByText('请至少选择一个关注类别')).toBeInTheDocument()
    await tap(screen.getByText('保存'))
    expect(cloud.requests().slice(before)).not.toContain('counseling.keycare.update')
    const back = await cloud.call('counselorA', 'counseling', 'keycare.get', { id })
    expect(back.categories).toEqual(['家庭变故'])
  })

  test('打开后条目已被站长解除：保存被服务端拒绝，显示中文错误，类别不变', async () => {
    const id = await addEntry('a3', ['经济困难'])
    cloud.signInAs('counselorA')
    render(<KeyCareDetailView id={id} />)
    await screen.findByText('类别：经济困难')
    await tap(screen.getByText('修改类别'))
    await tap(screen.getByText('就业压力'))
    // 页面打开后，条目被站长解除：再保存时服务端拒绝
    await cloud.call('head', 'counseling', 'keycare.close', { id, reason: '经评估风险已解除' })
    const toast = jest.spyOn(Taro, 'showToast')
    await tap(screen.getByText('保存'))
    await waitFor(() => expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '该条目已解除关注', icon: 'none' })))
    const back = await cloud.call('head', 'counseling', 'keycare.get', { id })
    expect(back.categories).toEqual(['经济困难'])
  })
})
