/**
 * 校心理中心 · 各站学年工作计划与工作总结：每站一行，显示计划、总结是否已提交，进入只读页；
 * 每站的站长登记表可直接导出。只有状态与计数，没有学生姓名。
 */
import { Text, View } from '@tarojs/components'
import { shiftSchoolYear } from '../../../domain/calendar'
import { Button, Card, Empty, Page, Tag } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { ledgerCounts } from '../../services/api/ledger'
import { exportRegister, getPlan, getSummary } from '../../services/api/station'
import { openExported } from '../../shared/files'
import { openPage, pageUrl } from '../../shared/navigation'
import './station.scss'

const SUMMARY_STATUS = { none: '未提交', draft: '未提交', submitted: '已提交', returned: '已退回' } as const

function StationRow({ stationId, stationName, schoolYear }: { stationId: string; stationName: string; schoolYear: string }) {
  const plan = useRemote(() => getPlan({ stationId, schoolYear }), [stationId, schoolYear])
  const summary = useRemote(() => getSummary({ stationId, schoolYear }), [stationId, schoolYear])
  const register = useAction(() => exportRegister({ stationId }), { onDone: openExported })
  const planSubmitted = plan.data?.status === 'submitted'
  const s = summary.data
  return (
    <Card className='xq-st-station' title={stationName}>
      <View className='xq-st-actions'>
        <Tag tone={planSubmitted ? 'success' : 'neutral'}>{plan.data ? `计划${planSubmitted ? '已提交' : '未提交'}` : '计划…'}</Tag>
        <Tag tone={s?.status === 'submitted' ? 'success' : s?.status === 'returned' ? 'danger' : 'neutral'}>
          {s ? `总结${SUMMARY_STATUS[s.status]}${s.version ? ` · 第${s.version}版` : ''}` : '总结…'}
        </Tag>
      </View>
      <View className='xq-st-actions'>
        <Button size='sm' variant='secondary' disabled={!planSubmitted} onClick={() => openPage(pageUrl('center', 'station-plan', { stationId, schoolYear }))}>工作计划</Button>
        <Button size='sm' variant='secondary' disabled={!s?.content} onClick={() => openPage(pageUrl('center', 'station-summary', { stationId, schoolYear }))}>工作总结</Button>
        <Button size='sm' variant='ghost' loading={register.busy} onClick={() => void register.run()}>站长登记表</Button>
      </View>
    </Card>
  )
}

export function CenterYearWork({ initialYear }: { initialYear?: string }) {
  // 不给学年时由函数按它的时钟取当前学年，页面不读设备时间
  const stations = useRemote(() => ledgerCounts(initialYear ? { schoolYear: initialYear } : {}), [initialYear])
  return (
    <RemoteView remote={stations}>
      {({ schoolYear: year, rows }) => (
        <Page title='各站计划与总结' subtitle={`${year} 学年`}
          extra={<Text className='xq-st-file' onClick={() => openPage(pageUrl('center', 'station-year', { schoolYear: shiftSchoolYear(year, -1) }))}>上一学年</Text>}>
          {rows.length === 0 ? <Empty icon='站' title='还没有辅导站' /> : rows.map((r) => <StationRow key={r.stationId} stationId={r.stationId} stationName={r.stationName} schoolYear={year} />)}
        </Page>
      )}
    </RemoteView>
  )
}
