/** 我的培训经历：按学年的学时与场次 */
import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Card, Empty, Loading } from '../../components'
import { trainingHistory, type TrainingHistoryView } from '../../services/api/ledger'
import './ledger.scss'

export function MyTrainingHistory() {
  const [v, setV] = useState<TrainingHistoryView | null>(null)
  useEffect(() => {
    void trainingHistory({}).then((r) => r.ok && setV(r.data))
  }, [])
  if (!v) return <Loading />
  if (v.years.length === 0) return <Empty title='还没有培训记录' />
  return (
    <View>
      {v.years.map((y) => (
        <Card key={y.schoolYear} title={`${y.schoolYear}学年`} extra={`${y.hours} 学时 · ${y.sessions} 场`}>
          {y.items.map((i) => (
            <View key={i.trainingId} className='xq-lg-row'>
              <Text>{i.date} {i.title}</Text>
              <Text className='xq-lg-muted'>{i.status === 'present' ? `${i.hours} 学时` : '缺席'}</Text>
            </View>
          ))}
        </Card>
      ))}
    </View>
  )
}
