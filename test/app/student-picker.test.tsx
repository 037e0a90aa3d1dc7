import { render, screen } from '@testing-library/react'
import { KeyCareAddForm, PeerTalkEditor, TalkForm } from '../../src/features/counseling'
import { RoleGate } from '../../src/shared/session'
import { pickStudent, tap } from '../support/app'
import type { CallerKey } from '../support/fixtures'
import { openAs, setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()

describe('学生选择器点一下就选中', () => {
  const cases: [string, CallerKey, () => JSX.Element, string, string][] = [
    ['朋辈谈心（心理委员）', 'committeeA', () => <RoleGate role='committee'><PeerTalkEditor pkg='committee' /></RoleGate>, '李思远', '提交'],
    ['记录谈话（单独打开）', 'counselorA', () => <RoleGate role='counselor'><TalkForm query={{}} /></RoleGate>, '李思远', '保存谈话记录'],
    ['加入重点关注（未带学生）', 'counselorA', () => <RoleGate role='counselor'><KeyCareAddForm query={{}} /></RoleGate>, '李思远', '加入重点关注'],
  ]
  test.each(cases)('%s：点选后显示已选的学生，列表不再打开，提交时不再提示选择学生', async (_name, who, Screen, student, submitText) => {
    openAs(cloud, who)
    const view = render(<Screen />)
    await pickStudent(view.container, student)
    // 已选：显示名字与“更换”，搜索列表收起
    await new Promise((r) => setTimeout(r, 300))
    expect(view.container.querySelector('.xq-cn-picked')?.textContent).toContain(student)
    expect(view.container.querySelector('.xq-cn-student-picker')).toBeNull()
    await tap(screen.getAllByText(submitText).at(-1)!)
    expect(screen.queryByText(/请选择(同学|学生)/)).toBeNull()
    view.unmount()
  })
})
