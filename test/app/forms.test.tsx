/**
 * 表单共用行为（真实云函数）：字段错误随填写消失；有自由文本的表单存本机草稿、离开前确认；
 * 任职结束或换人后，这个任职的草稿全部抹掉。
 */
import { render, screen, waitFor, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Page } from '../../src/components'
import { PeerTalkEditor, TalkForm } from '../../src/features/counseling'
import { AlertCreatePage } from '../../src/features/observations'
import { loadSession, resetSession, RoleGate, getSession } from '../../src/shared/session'
import { installAuthGuard } from '../../src/shared/session'
import { callAction } from '../../src/services/client'
import { findField, pickStudent, tap, typeInto } from '../support/app'
import { openAs, setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()

const draftKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('xq.draft.'))
const errorsShown = (c: HTMLElement) => Array.from(c.querySelectorAll('.xq-field__error')).map((e) => e.textContent)

describe('字段错误随填写消失', () => {
  test('朋辈谈心：空表提交标出三处错误；选了同学、写了内容，这两处错误立刻消失，主题的错误仍在', async () => {
    openAs(cloud, 'committeeA')
    const view = render(<RoleGate role='committee'><PeerTalkEditor pkg='committee' /></RoleGate>)
    await tap(await screen.findByText('提交'))
    expect(errorsShown(view.container)).toEqual(['请选择同学', '请选择谈心主题', '请简要记录谈心内容'])
    await pickStudent(view.container, '李思远', (row) => row)
    expect(errorsShown(view.container)).toEqual(['请选择谈心主题', '请简要记录谈心内容'])
    expect(view.container.querySelector('.xq-cn-student-picker--invalid')).toBeNull()
    await typeInto(view.container, 'summary', '聊了最近的学习安排')
    expect(errorsShown(view.container)).toEqual(['请选择谈心主题'])
    view.unmount()
  })

  test('记录谈话：谈话内容的错误在填写后消失，不必等下一次提交', async () => {
    openAs(cloud, 'counselorA')
    const view = render(<RoleGate role='counselor'><TalkForm query={{}} /></RoleGate>)
    await tap(await screen.findByText('保存谈话记录'))
    expect(errorsShown(view.container)).toEqual(['请选择学生', '请填写谈话内容'])
    await typeInto(view.container, 'summary', '了解近况')
    expect(errorsShown(view.container)).toEqual(['请选择学生'])
    view.unmount()
  })
})

describe('本机草稿与离开前确认', () => {
  test('记录谈话：写了一半的谈话内容在重新打开后恢复；返回时先问一句；保存成功后草稿删除', async () => {
    openAs(cloud, 'counselorA', {}, '/packages/counselor/pages/talk-new/index')
    const first = render(<RoleGate role='counselor'><Page><TalkForm query={{}} /></Page></RoleGate>)
    await typeInto(first.container, 'summary', '长谈：家庭经济困难，打算申请助学金。')
    // 离开（页头的返回）先确认；选“继续填写”则留在本页
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never)
    const back = jest.spyOn(Taro, 'navigateBack')
    const relaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' } as never)
    await tap(screen.getByText('‹ 返回'))
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '离开此页？' }))
    expect(back).not.toHaveBeenCalled()
    expect(relaunch).not.toHaveBeenCalled()
    first.unmount()

    // 刷新后重新打开：内容还在
    const again = render(<RoleGate role='counselor'><Page><TalkForm query={{}} /></Page></RoleGate>)
    expect(await screen.findByText('已恢复上次未提交的草稿')).toBeInTheDocument()
    const summary = await findField(again.container, 'summary')
    await waitFor(() => expect(summary.value).toBe('长谈：家庭经济困难，打算申请助学金。'))

    // 选学生并保存：草稿删除，离开不再询问（表单的“今天”取手机时钟，函数用同一时刻）
    cloud.at(new Date())
    jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never)
    await pickStudent(again.container, '李思远', (row) => row)
    const toast = jest.spyOn(Taro, 'showToast')
    await tap(screen.getByText('保存谈话记录'))
    await waitFor(() => expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已记录' })))
    await waitFor(() => expect(draftKeys()).toEqual([]))
    const talks = await cloud.call('counselorA', 'counseling', 'talk.list', { studentId: cloud.fx.students.a2 })
    const talk = await cloud.call('counselorA', 'counseling', 'talk.get', { id: talks.items[0].id })
    expect(JSON.stringify(talk)).toContain('长谈：家庭经济困难，打算申请助学金。')
    modal.mockClear()
    await tap(screen.getByText('‹ 返回'))
    expect(modal).not.toHaveBeenCalled()
    again.unmount()
  })

  test('即时报告：情况描述写了一半，重新打开仍在', async () => {
    openAs(cloud, 'observerA')
    const first = render(<RoleGate role='observer'><AlertCreatePage /></RoleGate>)
    await typeInto(first.container, 'alert-description', '室友深夜情绪激动')
    first.unmount()
    const again = render(<RoleGate role='observer'><AlertCreatePage /></RoleGate>)
    const field = await findField(again.container, 'alert-description')
    await waitFor(() => expect(field.value).toBe('室友深夜情绪激动'))
    again.unmount()
  })
})

describe('草稿不随交接留在手机上', () => {
  test('换了一个不持有该任职的人：上一个人的草稿全部抹掉', async () => {
    openAs(cloud, 'committeeA')
    const view = render(<RoleGate role='committee'><PeerTalkEditor pkg='committee' /></RoleGate>)
    await typeInto(view.container, 'summary', '李思远说最近和家里闹矛盾')
    view.unmount()
    const mine = cloud.fx.assignmentIds.committeeA
    expect(draftKeys().some((k) => k.includes(mine))).toBe(true)

    // 同一台手机，换成辅导员登录
    resetSession()
    cloud.signInAs('counselorA')
    await act(async () => {
      await loadSession()
    })
    expect(getSession().status).toBe('ready')
    expect(draftKeys().filter((k) => k.includes(mine))).toEqual([])
  })

  test('任职被结束（AUTH.ROLE_ENDED）：该任职的草稿全部抹掉', async () => {
    installAuthGuard()
    openAs(cloud, 'observerA')
    const view = render(<RoleGate role='observer'><AlertCreatePage /></RoleGate>)
    await typeInto(view.container, 'alert-description', '王同学说不想活了')
    view.unmount()
    const mine = cloud.fx.assignmentIds.observerA
    expect(draftKeys().some((k) => k.includes(mine))).toBe(true)

    await cloud.call('head', 'identity', 'assignment.end', { assignmentId: mine })
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, errMsg: 'showModal:ok' } as never)
    jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' } as never)
    const res = await callAction('observations', 'week.current', {})
    expect(!res.ok && res.error.code).toBe('AUTH.ROLE_ENDED')
    expect(draftKeys().filter((k) => k.includes(mine))).toEqual([])
  })
})

describe('即时报告页的辅导员电话', () => {
  test('辅导员选择展示手机号后，心理委员在即时报告页看到负责辅导员的电话；未展示时只写“未公开电话”', async () => {
    openAs(cloud, 'committeeA')
    const before = render(<RoleGate role='committee'><AlertCreatePage /></RoleGate>)
    expect(await screen.findByText('辅导员 钱老师')).toBeInTheDocument()
    expect(screen.getByText('未公开电话')).toBeInTheDocument()
    before.unmount()

    await cloud.call('counselorA', 'identity', 'profile.update', { phone: '13800001234', phoneShared: true })
    openAs(cloud, 'committeeA')
    render(<RoleGate role='committee'><AlertCreatePage /></RoleGate>)
    expect(await screen.findByText('13800001234')).toBeInTheDocument()
    expect(screen.queryByText('未公开电话')).toBeNull()

    // 关闭展示：不再给出号码
    await cloud.call('counselorA', 'identity', 'profile.update', { phone: '13800001234', phoneShared: false })
    const cur = await cloud.call('committeeA', 'observations', 'week.current', {})
    expect(cur.counselors).toEqual([{ name: '钱老师' }])
  })
})
