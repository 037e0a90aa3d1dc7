/** 未报提醒（辅导员/站长）：本周未报的班级、宿舍及其填报人；一键提醒全部或单个 */
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Button, Cell, CellGroup, Empty, ErrorState, Loading, Page, showError, showInfo, showSuccess, TermPhaseNotice } from '../../components'
import { fetchMissing, remindMissing, type MissingUnit } from '../../services/api/observations'
import { useRemote } from '../../hooks/useRemote'
import { dueText, kindText, weekText } from './format'
import './observations.scss'

export function MissingPage() {
  const raw = Taro.getCurrentInstance().router?.params?.week
  const week = raw && /^\d{1,2}$/.test(raw) ? Number(raw) : undefined
  const state = useRemote(() => fetchMissing(week ? { week } : {}), [week])
  const [busy, setBusy] = useState<string | null>(null)

  async function remind(units?: MissingUnit[]) {
    setBusy(units ? `${units[0].kind}:${units[0].unitId}` : 'all')
    const res = await remindMissing({ ...(week ? { week } : {}), ...(units ? { units: units.map((u) => ({ kind: u.kind, unitId: u.unitId })) } : {}) })
    setBusy(null)
    if (!res.ok) return showError(res.error)
    const r = res.data
    if (r.reminded > 0) showSuccess(`已提醒 ${r.reminded} 人`)
    else if (r.alreadyReminded > 0) showInfo('这一小时内已提醒过')
    else showInfo('没有可提醒的填报人')
  }

  if (state.status === 'error') return <Page title='未报提醒'><ErrorState error={state.error} onRetry={() => void state.reload()} /></Page>
  if (!state.data) return <Loading fullscreen />
  const { week: info } = state.data
  // 有填报人的单位在前（可以提醒），其余是尚未绑定委员/观察员的单位
  const units = [...state.data.units].sort((a, b) => Number(b.reporters.length > 0) - Number(a.reporters.length > 0))
  const people = units.reduce((n, u) => n + u.reporters.length, 0)
  return (
    <Page
      title='未报提醒'
      subtitle={`${weekText(info.week, info.monday)} · 截止 ${dueText(info.due)}`}
      footer={people > 0 ? <Button block loading={busy === 'all'} onClick={() => void remind()}>一键提醒全部未报（{people} 人）</Button> : undefined}
    >
      <TermPhaseNotice phase={state.data.phase} hint='假期中无需填报周报，也不会发送未报提醒。' />
      {state.data.phase && state.data.phase.kind !== 'in_term' ? null : info.off ? (
        <Empty icon='假' title='假期周，无需填报' />
      ) : units.length === 0 ? (
        <Empty icon='齐' title='本周都已提交' />
      ) : (
        <CellGroup>
          {units.map((u) => (
            <Cell
              key={`${u.kind}:${u.unitId}`}
              title={u.unitName}
              desc={`${kindText(u.kind)} · ${u.reporters.length ? u.reporters.map((r) => r.name).join('、') : '尚无填报人'}`}
              value={
                u.reporters.length ? (
                  <Button size='sm' variant='secondary' loading={busy === `${u.kind}:${u.unitId}`} onClick={() => void remind([u])}>提醒</Button>
                ) : (
                  <Text>—</Text>
                )
              }
            />
          ))}
        </CellGroup>
      )}
    </Page>
  )
}
