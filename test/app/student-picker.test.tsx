import { render, screen, waitFor } from '@testing-library/react'
import { KeyCareAddForm, PeerTalkEditor, TalkForm } from '../../src/features/counseling'
import { RoleGate } from '../../src/shared/session'
import { tap, tapLikeBrowser } from '../support/app'
import type { CallerKey } from '../support/fixtures'
import { openAs, setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()

/** 点一下搜索结果里的某个名字：像浏览器里那样（每个监听器后渲染） */
async function pick(container: HTMLElement, name: string) {
  const row = await waitFor(() => {
    const r = Array.from(container.querySelectorAll('.xq-cn-student-picker__row')).find((x) => x.textContent?.includes(name))
    if (!r) throw new Error(`列表里没有 ${name}`)
    return r
  }, { timeout: 5000 })
  await tapLikeBrowser(row.querySelector('taro-text-core') ?? row)
}

describe('学生选择器点一下就选中', () => {
  const cases: [string, CallerKey, () => JSX.Element, string, string][] = [
    ['朋辈谈心（心理委员）', 'committeeA', () => <RoleGate role='committee'><PeerTalkEditor pkg='committee' /></RoleGate>, '李思远', '提交'],
    ['记录谈话（单独打开）', 'counselorA', () => <RoleGate role='counselor'><TalkForm query={{}} /></RoleGate>, '李思远', '保存谈话记录'],
    ['加入重点关注（未带学生）', 'counselorA', () => <RoleGate role='counselor'><KeyCareAddForm query={{}} /></RoleGate>, '李思远', '加入重点关注'],
  ]
  test.each(cases)('%s：点选后显示已选的学生，列表不再打开，提交时不再提示选择学生', async (_name, who, Screen, student, submitText) => {
    openAs(cloud, who)
    const view = render(<Screen />)
    await pick(view.container, student)
    // 已选：显示名字与“更换”，搜索列表收起
    await new Promise((r) => setTimeout(r, 300))
    expect(view.container.querySelector('.xq-cn-picked')?.textContent).toContain(student)
    expect(view.container.querySelector('.xq-cn-student-picker')).toBeNull()
    await tap(screen.getAllByText(submitText).at(-1)!)
    expect(screen.queryByText(/请选择(同学|学生)/)).toBeNull()
    view.unmount()
  })
})
