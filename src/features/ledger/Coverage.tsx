/** 培训覆盖矩阵（站长）：年级 × 心理委员 / 宿舍心理观察员，已培训 / 缺训 / 未培训；N−3 周起提醒 */
import { View, Text } from '@tarojs/components'
import { ROLE_LABELS } from '../../../types/domain'
import { Card } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useRemote } from '../../hooks/useRemote'
import { trainingCoverage, type CoverageView } from '../../services/api/ledger'
import { CADRE_ROLES } from '../../../types/models-ledger'
import { COVERAGE_TEXT } from './format'
import './ledger.scss'

export function CoverageMatrix() {
  const coverage = useRemote(() => trainingCoverage({}), [])
  return <RemoteView remote={coverage}>{(v) => <Matrix v={v} />}</RemoteView>
}

function Matrix({ v }: { v: CoverageView }) {
  return (
    <Card title={`培训覆盖 · ${v.termName}`} className='xq-lg-coverage'>
      {v.warnings.map((w) => <Text key={w.grade} className='xq-lg-warn'>{w.message}</Text>)}
      <View className='xq-lg-matrix'>
        <View className='xq-lg-matrix__row xq-lg-matrix__head'>
          <Text>年级</Text>
          {CADRE_ROLES.map((r) => <Text key={r}>{ROLE_LABELS[r]}</Text>)}
        </View>
        {v.grades.map((g) => (
          <View key={g} className='xq-lg-matrix__row'>
            <Text>{g}</Text>
            {CADRE_ROLES.map((r) => {
              const c = v.cells.find((x) => x.grade === g && x.role === r)!
              return (
                <View key={r} className='xq-lg-matrix__cell' data-cell={`${g}-${r}`}>
                  <Text>{COVERAGE_TEXT.trained} {c.trained}</Text>
                  <Text className='xq-lg-muted'>{COVERAGE_TEXT.missed} {c.missed} · {COVERAGE_TEXT.not_yet} {c.notYet}</Text>
                  {!c.hasTraining && <Text className='xq-lg-warn'>尚无培训</Text>}
                </View>
              )
            })}
          </View>
        ))}
      </View>
    </Card>
  )
}
