/** 周报只读展示：状态、填报人、总体情况、重大事件、关注条目（辅导员、站长可从条目一键加入重点关注） */
import { View, Text } from '@tarojs/components'
import { Card, LevelTag, Tag } from '../../components'
import type { ReportView } from '../../services/api/observations'
import { AddToKeyCare } from './AddToKeyCare'
import { kindText, statusText, statusTone, timeText } from './format'
import './observations.scss'

export function ReportDetail({ report }: { report: ReportView }) {
  return (
    <View className='xq-obs-detail'>
      <Card
        title={`${report.unitName} · 第${report.week}周`}
        extra={<Tag tone={statusTone(report.boardStatus)} solid={report.boardStatus === 'missing'}>{statusText(report.boardStatus)}</Tag>}
      >
        <View className='xq-obs-meta'>
          <Text>{kindText(report.kind)}</Text>
          <Text>填报人 {report.reporterName}</Text>
          <Text>提交于 {timeText(report.submittedAt)}</Text>
          {!report.onTime && <Tag tone='key'>迟报</Tag>}
          {report.revision > 1 && <Text>第 {report.revision} 版</Text>}
        </View>
        {report.reviewComment && (
          <>
            <Text className='xq-obs-detail__label'>{report.status === 'returned' ? '退回意见' : '上次退回意见'}</Text>
            <Text className='xq-obs-detail__text'>{report.reviewComment}</Text>
          </>
        )}
        {!report.hasConcern ? (
          <>
            <Text className='xq-obs-detail__label'>本周有无需要关注的情况</Text>
            <Text className='xq-obs-detail__text'>无（零报告）</Text>
          </>
        ) : (
          <>
            <Text className='xq-obs-detail__label'>总体情况</Text>
            <Text className='xq-obs-detail__text'>{report.overall}</Text>
          </>
        )}
        {report.majorEvents && (
          <>
            <Text className='xq-obs-detail__label'>重大事件</Text>
            <Text className='xq-obs-detail__text'>{report.majorEvents}</Text>
          </>
        )}
      </Card>
      {report.concerns.map((c) => (
        <Card
          key={c.id}
          accent={c.level}
          title={c.studentName}
          extra={<LevelTag level={c.level} />}
          className='xq-obs-concern'
        >
          <View className='xq-obs-detail__tags'>
            {c.categories.map((cat) => <Tag key={cat}>{cat}</Tag>)}
            {c.needsTalk && <Tag tone='primary'>需要辅导员约谈</Tag>}
          </View>
          <Text className='xq-obs-detail__label'>情况描述</Text>
          <Text className='xq-obs-detail__text'>{c.description}</Text>
          {c.measures && (
            <>
              <Text className='xq-obs-detail__label'>已采取措施</Text>
              <Text className='xq-obs-detail__text'>{c.measures}</Text>
            </>
          )}
          <AddToKeyCare
            studentId={c.studentId}
            studentName={c.studentName}
            source='weekly_concern'
            sourceRef={`concern:${report.id}#${c.id}`}
            level={c.level}
            categories={c.categories}
          />
        </Card>
      ))}
    </View>
  )
}
