/**
 * 校心理中心 · 一个辅导站的学年工作计划与工作总结（只读）：计划只看已提交的；总结看最近提交的版本，可带意见退回。
 */
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Button, Card, CommentSheet, Empty, Field, Page, Tag } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { exportSummary, getPlan, getSummary, returnSummary, type SummaryView } from '../../services/api/station'
import { openExported } from '../../shared/files'
import { PlanItems, SUMMARY_SECTIONS, SummaryFigures } from './YearViews'
import './station.scss'

export interface StationYearProps {
  stationId: string
  schoolYear: string
}

export function CenterPlan({ stationId, schoolYear }: StationYearProps) {
  const plan = useRemote(() => getPlan({ stationId, schoolYear }), [stationId, schoolYear])
  return (
    <RemoteView remote={plan}>
      {(p) => p.status !== 'submitted' ? <Page title='工作计划' subtitle={`${schoolYear} 学年`}><Empty icon='计' title='该站尚未提交本学年的工作计划' /></Page> : (
        <Page title='工作计划' subtitle={`${schoolYear} 学年 · ${p.submittedByName ?? ''} 于 ${p.submittedAt?.slice(0, 10)} 提交`}>
          {p.flaggedCount > 0 && <Card accent='crisis' title={`${p.flaggedCount} 个条目月份已过，还没有关联记录`} />}
          <PlanItems plan={p} />
        </Page>
      )}
    </RemoteView>
  )
}

export function CenterSummary({ stationId, schoolYear }: StationYearProps) {
  const summary = useRemote(() => getSummary({ stationId, schoolYear }), [stationId, schoolYear])
  return (
    <RemoteView remote={summary}>
      {(v) => v.content
        ? <SubmittedSummary v={v} stationId={stationId} schoolYear={schoolYear} onReturned={() => void summary.reload()} />
        : <Page title='工作总结' subtitle={`${schoolYear} 学年`}><Empty icon='结' title='该站尚未提交本学年的工作总结' /></Page>}
    </RemoteView>
  )
}

function SubmittedSummary({ v, stationId, schoolYear, onReturned }: StationYearProps & { v: SummaryView; onReturned: () => void }) {
  const [returning, setReturning] = useState(false)
  const ret = useAction((comment: string) => returnSummary({ stationId, schoolYear, comment }), { success: '已退回', onDone: onReturned })
  const exp = useAction(() => exportSummary({ stationId, schoolYear }), { onDone: openExported })
  const c = v.content!
  const last = v.versions[v.versions.length - 1]
  return (
    <Page title={`${v.stationName} 工作总结`} subtitle={`${schoolYear} 学年 · 第${v.version}版${last ? ` · ${last.submittedByName} 于 ${last.submittedAt.slice(0, 10)} 提交` : ''}`}
      extra={<Tag tone={v.status === 'returned' ? 'danger' : 'success'}>{v.status === 'returned' ? '已退回' : '已提交'}</Tag>}>
      {v.status === 'returned' && v.returnComment && <Card accent='crisis' title='退回意见'><Text>{v.returnComment}</Text></Card>}
      <SummaryFigures content={c} />
      {SUMMARY_SECTIONS.map(([key, label]) => <Field key={key} label={label}><Text>{c.text[key] || '（未填写）'}</Text></Field>)}
      {v.status === 'submitted' && <Button block variant='secondary' onClick={() => setReturning(true)}>退回修改</Button>}
      <Button block variant='ghost' loading={exp.busy} onClick={() => void exp.run()}>导出 .docx</Button>
      {returning && (
        <CommentSheet title={`退回 ${v.stationName} 的工作总结`} placeholder='请写明需要修改的地方' name='return-comment' confirmText='退回' danger maxLength={500}
          onClose={() => setReturning(false)} onConfirm={ret.run} />
      )}
    </Page>
  )
}
