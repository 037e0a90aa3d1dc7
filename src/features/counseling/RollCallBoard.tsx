/** 晚点名看板：所带班级本周状态（未记录 / 待确认 / 已确认 / 已退回），待确认的一键确认 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { Button, Card, Empty, RemoteView, Tag, TermPhaseNotice } from '../../components'
import { ReviewActions } from '../../components/ReviewActions'
import { useRemote } from '../../hooks/useRemote'
import { confirmRollCall, returnRollCall, rollCallBoard, type RollCallBoard, type RollCallBoardRow } from '../../services/api/counseling'
import { openPage, pageUrl } from '../../shared/navigation'
import { ROLLCALL_STATUS_TEXT, ROLLCALL_STATUS_TONE, whenText } from './format'
import './counseling.scss'
import { dateText } from '../../shared/forms'

export function rollCallFormUrl(pkg: 'counselor' | 'head', classId: string, week: number) {
  return pageUrl(pkg, 'rollcall-form', { classId, week })
}

/** 一行：状态、人数与操作 */
export function RollCallRow({ row, week, onChanged, pkg = 'counselor' }: {
  row: RollCallBoardRow; week: number; onChanged: () => void; pkg?: 'counselor' | 'head'
}) {
  return (
    <Card
      className='xq-cn-row'
      title={row.week && row.week !== week ? `${row.className} · 第${row.week}周` : row.className}
      extra={<View className='xq-cn-tags'>{row.correction && <Tag tone='key'>更正</Tag>}<Tag tone={ROLLCALL_STATUS_TONE[row.status]}>{ROLLCALL_STATUS_TEXT[row.status]}</Tag></View>}
      onClick={() => openPage(rollCallFormUrl(pkg, row.classId, row.week ?? week))}
    >
      {row.status === 'unrecorded' ? (
        <Text className='xq-cn-muted'>本周尚未记录晚点名</Text>
      ) : (
        <View>
          <Text className='xq-cn-line'>{whenText(row.heldAt!)} · 应到 {row.expected} · 实到 {row.present} · 缺勤 {row.absentCount}</Text>
          {row.returnComment && <Text className='xq-cn-warn'>退回意见：{row.returnComment}</Text>}
        </View>
      )}
      {row.status === 'pending' && (
        <ReviewActions
          onConfirm={() => confirmRollCall({ id: row.rollCallId!, revision: row.revision })}
          onReturn={(comment) => returnRollCall({ id: row.rollCallId!, comment })}
          onDone={onChanged}
          returnTitle={`退回 ${row.className} 的晚点名`}
        />
      )}
    </Card>
  )
}

export function RollCallBoardView({ pkg = 'counselor' }: { pkg?: 'counselor' | 'head' }) {
  const [week, setWeek] = useState<number | undefined>(undefined)
  const board = useRemote(() => rollCallBoard(week ? { week } : {}), [week])
  return <RemoteView remote={board}>{(b) => <Board b={b} pkg={pkg} setWeek={setWeek} reload={() => void board.reload()} />}</RemoteView>
}

function Board({ b, pkg, setWeek, reload }: { b: RollCallBoard; pkg: 'counselor' | 'head'; setWeek: (week: number) => void; reload: () => void }) {
  const counts = b.rows.reduce<Record<string, number>>((m, r) => ({ ...m, [r.status]: (m[r.status] ?? 0) + 1 }), {})
  return (
    <View>
      <TermPhaseNotice phase={b.phase} hint='下面是上一学期的晚点名记录，可翻看。' />
      <View className='xq-cn-weekbar'>
        <Button size='sm' variant='text' disabled={b.week <= 1} onClick={() => setWeek(b.week - 1)}>‹ 上一周</Button>
        <Text className='xq-cn-weekbar__title'>第 {b.week} 周 · {dateText(b.weekStart)}起</Text>
        <Button size='sm' variant='text' onClick={() => setWeek(b.week + 1)}>下一周 ›</Button>
      </View>
      {b.off ? (
        <Empty icon='假' title='本周为假期' desc='假期周无需晚点名' />
      ) : (
        <View>
          <View className='xq-cn-summary'>
            {(['pending', 'unrecorded', 'returned', 'confirmed'] as const).map((s) => (
              <View key={s} className='xq-cn-summary__item'>
                <Text className='xq-cn-summary__num'>{counts[s] ?? 0}</Text>
                <Text className='xq-cn-summary__label'>{ROLLCALL_STATUS_TEXT[s]}</Text>
              </View>
            ))}
          </View>
          {b.rows.length === 0 && <Empty title='没有负责的班级' />}
          {b.rows.map((r) => (
            <RollCallRow key={r.classId} row={r} week={b.week} pkg={pkg} onChanged={reload} />
          ))}
        </View>
      )}
    </View>
  )
}
