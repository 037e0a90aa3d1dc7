/** 周报看板（辅导员：负责的班级与宿舍；站长：全站）：选周、各单位状态、打开周报 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { BOARD_STATUSES, BOARD_STATUS_LABELS, type BoardStatus } from '../../../types/domain'
import { Button, Cell, CellGroup, Empty, Page, RadioGroup, RemoteView, Tag, TermPhaseNotice } from '../../components'
import { pageUrl } from '../../routes'
import { fetchBoard, fetchWeekCurrent, type BoardOutput, type BoardRow } from '../../services/api/observations'
import { useRemote } from '../../hooks/useRemote'
import { openPage } from '../../shared/navigation'
import { dueText, kindText, statusText, statusTone, timeText, weekText } from './format'
import './observations.scss'

type Filter = 'all' | BoardStatus

function rowDesc(r: BoardRow): string {
  if (!r.reportId) return `${kindText(r.kind)} · ${r.submission === 'open' ? '截止前尚未提交' : '截止时未提交'}`
  const parts = [kindText(r.kind), r.reporterName ?? '', r.submittedAt ? `${timeText(r.submittedAt)} 提交` : '']
  if (r.concernCount) parts.push(`${r.concernCount} 名关注学生`)
  return parts.filter(Boolean).join(' · ')
}

export function BoardPage({ role }: { role: 'counselor' | 'head' }) {
  const [week, setWeek] = useState<number | undefined>(undefined)
  const [filter, setFilter] = useState<Filter>('all')
  const term = useRemote(() => fetchWeekCurrent(), [])
  const board = useRemote(() => fetchBoard(week ? { week } : {}), [week])
  const title = role === 'head' ? '全站周报看板' : '周报看板'

  const maxWeek = term.data?.term?.weeks
  const due = board.data?.week?.due
  return (
    <Page title={title} subtitle={due ? `截止 ${dueText(due)}` : undefined}>
      <RemoteView remote={board}>
        {(b) => <BoardBody b={b} role={role} maxWeek={maxWeek} filter={filter} setFilter={setFilter} setWeek={setWeek} />}
      </RemoteView>
    </Page>
  )
}

function BoardBody({ b, role, maxWeek: termWeeks, filter, setFilter, setWeek }: {
  b: BoardOutput; role: 'counselor' | 'head'; maxWeek?: number; filter: Filter; setFilter: (f: Filter) => void; setWeek: (w: number) => void
}) {
  const shown = b.week?.week ?? 1
  const maxWeek = termWeeks ?? shown
  const rows = filter === 'all' ? b.rows : b.rows.filter((r) => r.status === filter)
  // 筛选项即计数：只列出有单位的状态
  const filters: { value: Filter; label: string }[] = [
    { value: 'all', label: `全部 ${b.rows.length}` },
    ...BOARD_STATUSES.filter((s) => b.counts[s] > 0 || s === filter).map((s) => ({ value: s, label: `${BOARD_STATUS_LABELS[s]} ${b.counts[s]}` })),
  ]
  const open = (r: BoardRow) =>
    openPage(pageUrl(role, 'report', { week: shown, kind: r.kind, unitId: r.unitId }))

  return (
    <>
      <TermPhaseNotice phase={b.phase} hint='下面是上一学期各周的看板，可翻看。' />
      <View className='xq-obs-weeks'>
        <Button variant='ghost' size='sm' disabled={shown <= 1} onClick={() => { setWeek(shown - 1); setFilter('all') }}>上一周</Button>
        <View>
          <Text className='xq-obs-weeks__label'>{b.week ? weekText(shown, b.week.monday) : '—'}</Text>
          {b.week?.off && <Text className='xq-obs-weeks__sub'>假期周</Text>}
        </View>
        <Button variant='ghost' size='sm' disabled={shown >= maxWeek} onClick={() => { setWeek(shown + 1); setFilter('all') }}>下一周</Button>
      </View>

      {b.week?.off ? (
        <Empty icon='假' title='假期周，无需填报' />
      ) : (
        <>
          <View className='xq-obs-tabs'>
            <RadioGroup options={filters} value={filter} onChange={setFilter} />
          </View>
          {rows.length === 0 ? (
            <Empty icon='表' title={b.rows.length === 0 ? '没有负责的班级或宿舍' : '没有该状态的单位'} />
          ) : (
            <CellGroup>
              {rows.map((r) => (
                <Cell
                  key={`${r.kind}:${r.unitId}`}
                  title={r.unitName}
                  desc={rowDesc(r)}
                  value={<Tag tone={statusTone(r.status, r.submission)}>{statusText(r.status, r.submission)}</Tag>}
                  onClick={r.reportId ? () => open(r) : undefined}
                />
              ))}
            </CellGroup>
          )}
          {b.counts.missing > 0 && (
            <Button variant='secondary' block onClick={() => openPage(pageUrl(role, 'missing', { week: shown }))}>
              提醒未报的 {b.counts.missing} 个单位
            </Button>
          )}
        </>
      )}
    </>
  )
}
