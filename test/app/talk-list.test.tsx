import { render, screen, waitFor } from '@testing-library/react'
import { KeyCareList } from '../../src/features/counseling/KeyCareList'
import { TalkList } from '../../src/features/counseling/Talks'
import { insertAll } from '../support/fixtures'
import { tap } from '../support/app'
import { manyTalks } from '../support/talk-docs'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()
beforeAll(async () => {
  await insertAll(cloud.env.db, COLLECTIONS.talks, manyTalks(cloud.fx, 130))
}, 60_000)

describe('谈心谈话列表', () => {
  test('“加载更多”一直读到最后一条：130 条全部显示，之后不再有加载更多', async () => {
    cloud.signInAs('counselorA')
    render(<TalkList />)
    expect(await screen.findByText('共 130 条')).toBeInTheDocument()
    for (let shown = 20; shown < 130; shown += 20) {
      await waitFor(() => expect(screen.getAllByText(/张晓明/)).toHaveLength(shown))
      await tap(screen.getByText('加载更多'))
    }
    await waitFor(() => expect(screen.queryByText('加载更多')).not.toBeInTheDocument())
    expect(screen.getAllByText(/张晓明/)).toHaveLength(130)
  }, 60_000)
})

describe('重点关注库列表', () => {
  test('逐页加载的列表照常显示汇总与条目；条目不足一页时没有加载更多', async () => {
    for (const s of ['a2', 'a3'] as const) {
      await cloud.call('counselorA', 'counseling', 'keycare.add', {
        studentId: cloud.fx.students[s], level: 'key', categories: ['情绪异常'], source: 'direct', nextFollowUp: '2026-10-28',
      })
    }
    cloud.signInAs('counselorA')
    render(<KeyCareList />)
    expect(await screen.findByText(cloud.fx.studentDocs.a2.name)).toBeInTheDocument()
    expect(screen.getByText(cloud.fx.studentDocs.a3.name)).toBeInTheDocument()
    expect(screen.getByText('逾期跟进')).toBeInTheDocument()
    expect(screen.queryByText('加载更多')).not.toBeInTheDocument()
  })
})
