/** 未报提醒（辅导员/站长）：本周未报的班级、宿舍及其填报人；一键提醒全部或单个 */
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Cell, CellGroup, Empty, Page, RemoteView, TermPhaseNotice, showInfo } from '../../components'
import { fetchMissing, remindMissing, type MissingUnit } from '../../services/api/observations'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { dueText, kindText, weekText } from './format'
import './observations.scss'

/** 提醒一个单位（或不给 units：全部未报）的填报人；每个按钮各自忙碌 */
function useRemind(week: number | undefined, units?: MissingUnit[]) {
  return useAction(() => remindMissing({ ...(week ? { week } : {}), ...(units ? { units: units.map((u) => ({ kind: u.kind, unitId: u.unitId })) } : {}) }), {
    success: (r) => (r.reminded > 0 ? `已提醒 ${r.reminded} 人` : undefined),
    onDone: (r) => {
      if (r.reminded === 0) showInfo(r.alreadyReminded > 0 ? '这一小时内已提醒过' : '没有可提醒的填报人')
    },
  })
}

function RemindOne({ week, unit }: { week: number | undefined; unit: MissingUnit }) {
  const remind = useRemind(week, [unit])
  return <Button size='sm' variant='secondary' loading={remind.busy} onClick={() => void remind.run()}>提醒</Button>
}

export function MissingPage() {
  const raw = Taro.getCurrentInstance().router?.params?.week
  const week = raw && /^\d{1,2}$/.test(raw) ? Number(raw) : undefined
  const state = useRemote(() => fetchMissing(week ? { week } : {}), [week])
  const remindAll = useRemind(week)
  const d = state.data
  // 有填报人的单位在前（可以提醒），其余是尚未绑定委员/观察员的单位
  const units = [...(d?.units ?? [])].sort((a, b) => Number(b.reporters.length > 0) - Number(a.reporters.length > 0))
  const people = units.reduce((n, u) => n + u.reporters.length, 0)
  return (
    <Page
      title='未报提醒'
      subtitle={d && `${weekText(d.week.week, d.week.monday)} · 截止 ${dueText(d.week.due)}`}
      footer={people > 0 ? <Button block loading={remindAll.busy} onClick={() => void remindAll.run()}>一键提醒全部未报（{people} 人）</Button> : undefined}
    >
      <RemoteView remote={state}>{({ week: info, phase }) => (<>
      <TermPhaseNotice phase={phase} hint='假期中无需填报周报，也不会发送未报提醒。' />
      {phase && phase.kind !== 'in_term' ? null : info.off ? (
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
                  <RemindOne week={week} unit={u} />
                ) : (
                  <Text>—</Text>
                )
              }
            />
          ))}
        </CellGroup>
      )}
      </>)}</RemoteView>
    </Page>
  )
}
