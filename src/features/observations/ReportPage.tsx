/**
 * 填报周报页（班级心理委员 / 宿舍心理观察员共用）。?week=N 可补报或修改往周，默认本周。
 */
import type { TermPhase } from '../../../domain/calendar'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Result } from '../../../types/result'
import { Button, Card, Empty, Page, RemoteView, Tag, showSuccess, termPhaseText } from '../../components'
import { pageUrl } from '../../routes'
import { listStudents, type StudentView } from '../../services/api/identity'
import { fetchReport, fetchWeekCurrent, type BoardRow, type ReportView, type UnitRef, type WeekInfo } from '../../services/api/observations'
import { useRemote } from '../../hooks/useRemote'
import { goHome, openPage } from '../../shared/navigation'
import { ReportDetail } from './ReportDetail'
import { ReportForm } from './ReportForm'
import { kindText, statusText, statusTone } from './format'
import { SubscribeButton } from '../../shared/subscribe/SubscribeButton'
import './observations.scss'

interface Loaded {
  unit: UnitRef | null
  week: WeekInfo | null
  phase: TermPhase | null
  row: BoardRow | null
  report: ReportView | null
  roster: StudentView[]
}

async function load(weekParam: number | undefined): Promise<Result<Loaded>> {
  const cur = await fetchWeekCurrent()
  if (!cur.ok) return cur
  const unit = cur.data.ownUnit
  const week = weekParam ?? cur.data.week?.week
  const phase = cur.data.phase ?? null
  if (!unit || !week || !cur.data.term) return { ok: true, data: { unit, week: cur.data.week, phase, row: null, report: null, roster: [] } }
  const [rep, students] = await Promise.all([
    fetchReport({ week, kind: unit.kind, unitId: unit.unitId }),
    listStudents({ ...(unit.kind === 'class' ? { classId: unit.unitId } : { dormId: unit.unitId }), pageSize: 100 }),
  ])
  if (!rep.ok) return rep
  return { ok: true, data: { unit, week: rep.data.week, phase, row: rep.data.row, report: rep.data.report, roster: students.ok ? students.data.items : [] } }
}

function Submitted({ report, role }: { report: ReportView; role: 'committee' | 'observer' }) {
  const crisis = report.concerns.some((c) => c.level === 'crisis')
  return (
    <Card title={`第${report.week}周${kindText(report.kind)}已提交`} extra={<Tag tone={statusTone(report.boardStatus)}>{statusText(report.boardStatus)}</Tag>}>
      <View className='xq-obs-banner xq-obs-banner--success'>
        <Text>{report.hasConcern ? `已报告 ${report.concerns.length} 名需要关注的学生。` : '零报告已提交。'}{report.onTime ? '按时报送。' : '本周已过截止时间，记为迟报。'}</Text>
        {crisis && <Text>危机情况已同时通知辅导员和站长。</Text>}
      </View>
      <View className='xq-obs-actions'>
        <SubscribeButton label='接收截止提醒' variant='secondary' />
        <Button variant='secondary' onClick={() => openPage(pageUrl(role, 'history'))}>历史周报</Button>
        <Button onClick={goHome}>返回首页</Button>
      </View>
    </Card>
  )
}

export function ReportPage({ role }: { role: 'committee' | 'observer' }) {
  const raw = Taro.getCurrentInstance().router?.params?.week
  const weekParam = raw && /^\d{1,2}$/.test(raw) ? Number(raw) : undefined
  const [done, setDone] = useState<ReportView | null>(null)
  const state = useRemote(() => load(weekParam), [weekParam])
  const title = role === 'committee' ? '班级心理周报' : '宿舍心理周报'

  const loaded = state.data
  const subtitle = loaded?.unit && loaded.week ? `${loaded.unit.unitName} · 第${loaded.week.week}周` : loaded?.unit?.unitName
  return (
    <Page title={title} subtitle={subtitle}>
      <RemoteView remote={state}>{(d) => <Body d={d} done={done} setDone={setDone} role={role} />}</RemoteView>
    </Page>
  )
}

function Body({ d, done, setDone, role }: { d: Loaded; done: ReportView | null; setDone: (r: ReportView) => void; role: 'committee' | 'observer' }) {
  let body
  if (done) body = <Submitted report={done} role={role} />
  else if (!d.unit) body = <Empty icon='班' title='没有负责的班级或宿舍' desc='请确认当前角色，或联系辅导员' />
  else if (!d.week || !d.row) {
    const t = d.phase ? termPhaseText(d.phase) : { title: '假期中', desc: '学期开始后即可填报周报' }
    body = <Empty icon='假' title={t.title} desc={`${t.desc}。假期无需填报周报，历史周报可在“历史周报”查看。`} />
  }
  else if (d.week.off) body = <Empty icon='假' title={`第${d.week.week}周为假期`} desc='假期周无需填报周报' />
  else if (d.row.submission === 'not_started') body = <Empty icon='历' title={`第${d.week.week}周尚未开始`} />
  else if (d.report?.status === 'reviewed') {
    body = (
      <>
        <View className='xq-obs-banner xq-obs-banner--info'>
          <Text>辅导员已阅，本周周报不能再修改。</Text>
        </View>
        <ReportDetail report={d.report} />
      </>
    )
  } else {
    body = (
      <ReportForm
        scope={{ termId: d.week.termId, week: d.week.week, kind: d.unit.kind, unitId: d.unit.unitId }}
        unitWord={d.unit.kind === 'class' ? '班级' : '宿舍'}
        dueIso={d.week.due}
        existing={d.report}
        roster={d.roster}
        onSubmitted={(r) => {
          setDone(r)
          showSuccess('已提交')
        }}
      />
    )
  }
  return body
}
