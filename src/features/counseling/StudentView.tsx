/** 学生详情：基本信息、最近联系与时间线（周报关注、即时报告、谈话、朋辈谈心、重点关注变更） */
import { View, Text } from '@tarojs/components'
import { Button, Card, RemoteView, Section } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { studentTimeline } from '../../services/api/counseling'
import { openPage, pageUrl } from '../../shared/navigation'
import { Timeline } from './Timeline'
import './counseling.scss'
import { dateText } from '../../shared/forms'

export function StudentView({ id, pkg = 'counselor' }: { id: string; pkg?: 'counselor' | 'head' | 'center' }) {
  const res = useRemote(() => studentTimeline({ studentId: id }), [id])
  return <RemoteView remote={res}>{(t) => (
    <View>
      <Card title={t.student.name} extra={<Text className='xq-cn-muted'>{t.student.studentNo}</Text>}>
        <Text className='xq-cn-line'>{t.student.className} · {t.student.dormName}</Text>
        <Text className='xq-cn-line'>最近联系：{t.lastContact ? dateText(t.lastContact) : '暂无谈话记录'}</Text>
      </Card>
      {pkg !== 'center' && (
        <View className='xq-cn-actions xq-cn-actions--block'>
          {pkg === 'counselor' && <Button onClick={() => openPage(pageUrl('counselor', 'talk-new', { studentId: id, studentName: t.student.name }))}>记录谈话</Button>}
          {t.keyCareId ? (
            <Button variant='secondary' onClick={() => openPage(pageUrl(pkg, 'keycare-detail', { id: t.keyCareId }))}>重点关注条目</Button>
          ) : pkg === 'counselor' ? (
            <Button variant='secondary' onClick={() => openPage(pageUrl('counselor', 'keycare-new', { studentId: id, studentName: t.student.name }))}>加入重点关注</Button>
          ) : null}
        </View>
      )}
      <Section title='时间线'>
        <Timeline items={t.items} />
      </Section>
    </View>
  )}</RemoteView>
}
