/**
 * 工作台账页面接上真实的 ledger 函数：辅导员记录走访后本月覆盖更新；研判会只显示辅导员自己的学生；站长看到“没有主题活动”的提醒。
 */
import { render, screen, waitFor } from '@testing-library/react'
import { ActivityList, CaseReviewList, VisitCoverage } from '../../src/features/ledger'
import { setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud(new Date('2026-10-21T10:00:00+08:00'))
beforeEach(() => localStorage.clear())

test('走访覆盖：记录一次走访后，钱老师本月 1/1，未走访的宿舍不再列出', async () => {
  cloud.signInAs('counselorA')
  const first = render(<VisitCoverage month='2026-10' />)
  expect(await screen.findByText('0/1')).toBeInTheDocument()
  expect(screen.getByText('未走访：12栋305')).toBeInTheDocument()
  first.unmount()
  await cloud.call('counselorA', 'ledger', 'visit.create', { dormId: cloud.fx.dorms.A, date: '2026-10-20', findings: '宿舍整洁', concerns: [] })
  render(<VisitCoverage month='2026-10' />)
  expect(await screen.findByText('1/1')).toBeInTheDocument()
  expect(screen.queryByText(/未走访/)).toBeNull()
})

test('研判会列表：辅导员只看到自己的学生', async () => {
  const s = (k: 'a1' | 'c1') => cloud.fx.studentDocs[k]
  const kc = (k: 'a1' | 'c1') => ({
    _id: `kc-${k}`, stationId: s(k).stationId, studentId: s(k)._id, studentName: s(k).name, classId: s(k).classId, dormId: s(k).dormId, level: 'key',
    categories: ['情绪异常'], enteredAt: '2026-10-01', source: 'direct', counselorId: cloud.fx.personIds.counselorA, counselorName: '钱老师',
    nextFollowUp: '2026-10-28', status: 'active', history: [], centerFeedback: [], createdAt: new Date(), updatedAt: new Date(),
  })
  await cloud.env.db.collection('key_care').add([kc('a1'), kc('c1')])
  await cloud.call('head', 'ledger', 'caseReview.create', {
    date: '2026-10-21', attendees: ['孙站长'], items: [
      { studentId: s('a1')._id, decision: 'keep', note: '继续关注' },
      { studentId: s('c1')._id, decision: 'keep', note: '继续关注' },
    ],
  })
  cloud.signInAs('counselorA')
  render(<CaseReviewList canCreate={false} />)
  expect(await screen.findByText('张晓明 · 维持')).toBeInTheDocument()
  expect(screen.queryByText(/黄俊杰/)).toBeNull()
  expect(screen.getByText('2 人')).toBeInTheDocument()
})

test('站长的活动页：本学期没有主题宣教活动时提醒', async () => {
  cloud.signInAs('head')
  render(<ActivityList head />)
  await waitFor(() => expect(screen.getByText(/本学期还没有主题宣教活动/)).toBeInTheDocument())
  expect(screen.getByText('本学期还没有活动')).toBeInTheDocument()
})
