/** 校心理中心：各站本学年的台账数量（不含姓名） */
import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Card, Loading } from '../../components'
import { ledgerCounts, type LedgerCountsView } from '../../services/api/ledger'
import './ledger.scss'

export function LedgerCounts() {
  const [v, setV] = useState<LedgerCountsView | null>(null)
  useEffect(() => {
    void ledgerCounts({}).then((r) => r.ok && setV(r.data))
  }, [])
  if (!v) return <Loading />
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
