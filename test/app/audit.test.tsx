/**
 * 审计日志（站长，真实云函数）：“谁看过李思远”——按学生筛选、打开一条日志看读了哪些记录；
 * 每个动作显示中文；审批决定也记入日志。
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import { AuditLog } from '../../src/features/org/AuditLog'
import { resetSession } from '../../src/shared/session'
import { tap, tapLikeBrowser } from '../support/app'
import { setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()

const cards = () => Array.from(document.querySelectorAll('.xq-org__entry'))

describe('审计日志', () => {
  test('按学生筛选出看过李思远的记录，打开一条看到读了哪些学生；列表里只有中文动作名', async () => {
    // 辅导员 A 看了李思远的学生信息、重点关注库（含李思远）；还看了未报名单
    await cloud.call('counselorA', 'counseling', 'keycare.add', {
      studentId: cloud.fx.students.a2, level: 'key', categories: ['学业压力'], source: 'direct', nextFollowUp: '2026-10-28',
    })
    await cloud.call('counselorA', 'identity', 'org.student', { studentId: cloud.fx.students.a2 })
    await cloud.call('counselorA', 'counseling', 'keycare.list', {})
    await cloud.call('counselorA', 'observations', 'missing.list', {})

    resetSession()
    cloud.signInAs('head')
    render(<AuditLog />)
    await waitFor(() => expect(cards().length).toBeGreaterThan(0))
    // 没有一条显示原始动作键
    for (const c of cards()) expect(c.textContent).not.toMatch(/[a-z]+\.[a-z]+\.[a-z]+/)

    await tap(screen.getByText('按学生筛选'))
    const sheet = document.querySelector('.xq-sheet') as HTMLElement
    const row = await waitFor(() => {
      const r = Array.from(sheet.querySelectorAll('.xq-org__target')).find((x) => x.textContent?.includes('李思远'))
      if (!r) throw new Error('没有李思远')
      return r
    })
    await tapLikeBrowser(row)
    expect(await screen.findByText('涉及学生：李思远')).toBeInTheDocument()
    await waitFor(() => {
      const texts = cards().map((c) => c.textContent ?? '')
      expect(texts.some((t) => t.includes('查看学生信息') && t.includes('钱老师'))).toBe(true)
      expect(texts.some((t) => t.includes('查看重点关注库'))).toBe(true)
    })

    // 打开“查看重点关注库”：列出李思远（学号 · 班级）
    await tap(cards().find((c) => c.textContent?.includes('查看重点关注库'))!)
    const detail = await waitFor(() => {
      const d = document.querySelector('.xq-sheet') as HTMLElement | null
      if (!d || !within(d).queryByText('李思远')) throw new Error('详情未加载')
      return d
    })
    expect(within(detail).getByText('查看重点关注库')).toBeInTheDocument()
    expect(within(detail).getByText(new RegExp(`${cloud.fx.studentDocs.a2.studentNo} · `))).toBeInTheDocument()
    expect(within(detail).getByText('重点关注条目')).toBeInTheDocument()

    // 打开日志本身也记入审计
    const self = await cloud.call('head', 'identity', 'audit.list', { action: 'identity.audit.get' })
    expect(self.items[0].targetIds).toContain(cloud.fx.students.a2)
  })

  test('审批决定记入审计日志：谁、批准了哪个学生的申请', async () => {
    const added = await cloud.call('counselorA', 'counseling', 'keycare.add', {
      studentId: cloud.fx.students.b1, level: 'crisis', categories: ['情绪异常'], source: 'direct', nextFollowUp: '2026-10-28',
    })
    expect(added.approvalId).toBeTruthy()
    await cloud.call('head', 'counseling', 'approval.decide', { id: added.approvalId, decision: 'approve' })
    const log = await cloud.call('head', 'identity', 'audit.list', { action: 'counseling.approval.decide' })
    expect(log.items).toHaveLength(1)
    expect(log.items[0]).toMatchObject({ actorName: '孙站长', role: 'head' })
    expect(log.items[0].targetIds).toEqual(expect.arrayContaining([added.approvalId, added.entry.id, cloud.fx.students.b1]))
  })
})
