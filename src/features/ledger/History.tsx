/** 我的培训经历：按学年的学时与场次 */
import { View, Text } from '@tarojs/components'
import { Card, Empty } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useRemote } from '../../hooks/useRemote'
import { trainingHistory, type TrainingHistoryView } from '../../services/api/ledger'
import './ledger.scss'

export function MyTrainingHistory() {
  const history = useRemote(() => trainingHistory({}), [])
  return <RemoteView remote={history}>{(v) => <Years v={v} />}</RemoteView>
}

function Years({ v }: { v: TrainingHistoryView }) {
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
