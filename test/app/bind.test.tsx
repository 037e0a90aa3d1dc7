import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import BindPage from '../../src/pages/bind'
import { resetSession } from '../../src/shared/session'
import { envelopesOf, fail, mockCloud, ok, tap, typeInto } from '../support/app'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const bound = {
  person: { _id: 'p1', name: '张三' },
  assignments: [
    { _id: 'a1', role: 'committee', stationId: 's1', stationName: '机电工程学院', scopeLabel: '机电2301班', termStart: '2026-09-01T00:00:00.000Z', termEnd: null },
  ],
  assignmentId: 'a1',
}

async function fillCadreForm(container: HTMLElement) {
  await typeInto(container, 'code', 'ABCD-1234')
  await typeInto(container, 'name', '张三')
  await typeInto(container, 'studentNo', '2023010101')
  await tap(screen.getByText('我已阅读并接受《学生心理骨干保密承诺》'))
}

beforeEach(() => {
  resetSession()
  localStorage.clear()
})

describe('绑定页', () => {
  test('服务端返回 INPUT.INVALID 时，在对应字段下显示中文原因', async () => {
    const cloud = mockCloud({
      'identity.bind': fail('INPUT.INVALID', [
        { path: 'studentNo', message: '学号应为 10 位数字' },
        { path: 'name', message: '姓名不能包含空格' },
      ]),
    })
    const { container } = render(<BindPage />)
    await fillCadreForm(container)
    await tap(screen.getByText('绑定并进入'))

    expect(await screen.findByText('学号应为 10 位数字')).toBeInTheDocument()
    expect(screen.getByText('姓名不能包含空格')).toBeInTheDocument()
    const [env] = envelopesOf(cloud, 'identity.bind')
    expect(env.payload).toEqual({ code: 'ABCD-1234', name: '张三', studentNo: '2023010101', acceptPledge: true })
    // 绑定与角色无关：信封上不带角色
    expect(env.role).toBeUndefined()
  })

  test('邀请码无效时，原因显示在邀请码下方', async () => {
    mockCloud({ 'identity.bind': fail('INVITE.INVALID') })
    const { container } = render(<BindPage />)
    await fillCadreForm(container)
    await tap(screen.getByText('绑定并进入'))
    expect(await screen.findByText('邀请码无效、已使用或已过期，请向站长或辅导员索取新的邀请码')).toBeInTheDocument()
  })

  test('学生骨干未接受保密承诺时不提交，并提示接受承诺', async () => {
    const cloud = mockCloud({ 'identity.bind': ok(bound) })
    const { container } = render(<BindPage />)
    await typeInto(container, 'code', 'ABCD-1234')
    await typeInto(container, 'name', '张三')
    await typeInto(container, 'studentNo', '2023010101')
    await tap(screen.getByText('绑定并进入'))
    expect(screen.getByText('请阅读并接受保密承诺')).toBeInTheDocument()
    expect(cloud).not.toHaveBeenCalled()
  })

  test('教师绑定不需要学号与保密承诺；成功后进入首页', async () => {
    const cloud = mockCloud({ 'identity.bind': ok({ ...bound, assignments: [{ ...bound.assignments[0], role: 'counselor' }] }) })
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockImplementation(async () => ({ errMsg: 'reLaunch:ok' }))
    const { container } = render(<BindPage />)
    await tap(screen.getByText('教师'))
    expect(container.querySelector('input[name="studentNo"]')).toBeNull()
    await typeInto(container, 'code', 'T-5678')
    await typeInto(container, 'name', '李老师')
    await tap(screen.getByText('绑定并进入'))
    expect(envelopesOf(cloud, 'identity.bind')[0].payload).toEqual({ code: 'T-5678', name: '李老师' })
    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })
})
