/**
 * 培训页面接上真实的 ledger 函数：心理委员在列表里输入签到码签到；组织者看到签到码并标记缺席（须写原因）；
 * 站长的覆盖矩阵随签到更新。
 */
import { render, screen, waitFor } from '@testing-library/react'
import { CoverageMatrix, TrainingDetailView, TrainingList } from '../../src/features/ledger'
import { tap, typeInto } from '../support/app'
import { setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const bj = (date: string, time: string) => new Date(`${date}T${time}+08:00`)
const cloud = setupBackedCloud(bj('2026-10-20', '09:00'))
let trainingId: string

beforeAll(async () => {
  const t = await cloud.call('head', 'ledger', 'training.create', {
    title: '心理委员朋辈辅导技能培训', date: '2026-10-21', startTime: '14:00', endTime: '16:00', hours: 2, trainer: '何主任',
    organiser: 'station', place: '学院报告厅', form: 'offline', audience: { kind: 'cadres', roles: ['committee'], grades: ['2023级'] },
  })
  trainingId = t.id
}, 60_000)
beforeEach(() => localStorage.clear())

test('心理委员在培训时输入签到码：显示已签到，站长的覆盖矩阵随之更新', async () => {
  cloud.at(bj('2026-10-21', '14:03:10'))
  const { code } = await cloud.call('head', 'ledger', 'training.code', { id: trainingId })
  cloud.signInAs('committeeA')
  const { container, unmount } = render(<TrainingList pkg='committee' />)
  expect(await screen.findByText('心理委员朋辈辅导技能培训')).toBeInTheDocument()
  expect(screen.getByText('未签到')).toBeInTheDocument()
  await typeInto(container, 'code', 'WRONG1')
  await tap(screen.getByText('签到'))
  const afterWrong = await cloud.call('head', 'ledger', 'training.get', { id: trainingId })
  expect(afterWrong.present).toBe(0)
  await typeInto(container, 'code', code.toLowerCase())
  await tap(screen.getByText('签到'))
  expect(await screen.findByText('已签到')).toBeInTheDocument()
  unmount()

  cloud.signInAs('head')
  render(<CoverageMatrix />)
  await waitFor(() => expect(document.querySelector('[data-cell="2023级-committee"]')?.textContent).toContain('已培训 1'))
})

test('组织者看到当前签到码；标记缺席须写原因，名单随之更新', async () => {
  cloud.at(bj('2026-10-21', '15:00:00'))
  const { code } = await cloud.call('head', 'ledger', 'training.code', { id: trainingId })
  cloud.signInAs('head')
  const { container } = render(<TrainingDetailView id={trainingId} />)
  expect(await screen.findByText(code)).toBeInTheDocument()
  expect(screen.getByText('张晓明')).toBeInTheDocument()
  await tap(screen.getByText('缺席'))
  await typeInto(container, 'reason', '参加学科竞赛')
  await tap(screen.getByText('确定'))
  await waitFor(() => expect(screen.getByText(/参加学科竞赛/)).toBeInTheDocument())
  const back = await cloud.call('head', 'ledger', 'training.get', { id: trainingId })
  expect(back.attendees[0]).toMatchObject({ status: 'absent', reason: '参加学科竞赛' })
})
