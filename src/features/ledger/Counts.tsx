/** 校心理中心：各站本学年的台账数量（不含姓名） */
import { View, Text } from '@tarojs/components'
import { Card } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useRemote } from '../../hooks/useRemote'
import { ledgerCounts, type LedgerCountsView } from '../../services/api/ledger'
import './ledger.scss'

export function LedgerCounts() {
  const counts = useRemote(() => ledgerCounts({}), [])
  return <RemoteView remote={counts}>{(v) => <CountsCard v={v} />}</RemoteView>
}

function CountsCard({ v }: { v: LedgerCountsView }) {
  return (
    <Card title={`${v.schoolYear}学年各站台账`}>
      {v.rows.map((r) => (
        <View key={r.stationId} className='xq-lg-row'>
          <Text className='xq-lg-row__main'>{r.stationName}</Text>
          <Text className='xq-lg-muted'>培训 {r.trainings} 场/{r.trainingAttendance} 人次 · 活动 {r.activitiesHeld} · 研判 {r.caseReviews} · 走访 {r.dormVisits}</Text>
        </View>
      ))}
    </Card>
  )
}
