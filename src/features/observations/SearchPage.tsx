/** 周报查询（辅导员/站长）：按周次、类型、等级、类别筛选本学期的周报，列出关注学生；结果记审计 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { CONCERN_CATEGORIES, LEVELS, LEVEL_LABELS, type ConcernCategory, type Level, type ReportKind } from '../../../types/domain'
import { Card, Field, FieldGroup, LevelTag, Page, RadioGroup, Select, Tag } from '../../components'
import { pageUrl } from '../../routes'
import { fetchWeekCurrent, searchReports, type ReportView } from '../../services/api/observations'
import { RemoteList } from '../../components/RemoteList'
import { useList } from '../../hooks/useList'
import { useRemote } from '../../hooks/useRemote'
import { openPage } from '../../shared/navigation'
import { kindText, statusText, statusTone, timeText } from './format'
import './observations.scss'

const ALL = 'all'

function ReportCard({ r, onOpen }: { r: ReportView; onOpen: () => void }) {
  return (
    <Card
      className='xq-obs-alert'
      title={`${r.unitName} · 第${r.week}周`}
      extra={<Tag tone={statusTone(r.boardStatus)}>{statusText(r.boardStatus)}</Tag>}
      onClick={onOpen}
    >
      <Text className='xq-obs-alert__meta'>{kindText(r.kind)} · {r.reporterName} · {timeText(r.submittedAt)} 提交</Text>
      {r.concerns.length === 0 ? (
        <Text className='xq-obs-alert__desc'>零报告</Text>
      ) : (
        r.concerns.map((c) => (
          <View key={c.id} className='xq-obs-detail__tags'>
            <Text className='xq-obs-picked__name'>{c.studentName}</Text>
            <LevelTag level={c.level} />
            {c.categories.map((cat) => <Tag key={cat}>{cat}</Tag>)}
          </View>
        ))
      )}
    </Card>
  )
}

export function SearchPage({ role }: { role: 'counselor' | 'head' }) {
  const cur = useRemote(() => fetchWeekCurrent(), [])
  const [week, setWeek] = useState<string>(ALL)
  const [kind, setKind] = useState<ReportKind | typeof ALL>(ALL)
  const [level, setLevel] = useState<Level | typeof ALL>(ALL)
  const [category, setCategory] = useState<ConcernCategory | typeof ALL>(ALL)
  const query = {
    ...(week !== ALL ? { week: Number(week) } : {}),
    ...(kind !== ALL ? { kind } : {}),
    ...(level !== ALL ? { level } : {}),
    ...(category !== ALL ? { category } : {}),
  }
  const list = useList((page, pageSize) => searchReports({ ...query, page, pageSize }), [week, kind, level, category])
  const lastWeek = cur.data?.week?.week ?? cur.data?.term?.weeks ?? 1
  const weekOptions = [{ value: ALL, label: '全部周次' }, ...Array.from({ length: lastWeek }, (_, i) => ({ value: String(lastWeek - i), label: `第${lastWeek - i}周` }))]
  const open = (r: ReportView) => openPage(pageUrl(role, 'report', { week: r.week, kind: r.kind, unitId: r.unitId }))
  return (
    <Page title='周报查询' subtitle='本学期 · 查看记录会写入审计日志'>
      <FieldGroup>
        <Field label='周次'>
          <Select options={weekOptions} value={week} onChange={setWeek} />
        </Field>
        <Field label='类型'>
          <RadioGroup look='segmented' options={[{ value: ALL, label: '全部' }, { value: 'class', label: '班级' }, { value: 'dorm', label: '宿舍' }]} value={kind} onChange={setKind} />
        </Field>
        <Field label='关注等级'>
          <RadioGroup options={[{ value: ALL, label: '全部' }, ...LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))]} value={level} onChange={setLevel} />
        </Field>
        <Field label='关注类别'>
          <Select options={[{ value: ALL, label: '全部类别' }, ...CONCERN_CATEGORIES.map((c) => ({ value: c, label: c }))]} value={category} onChange={setCategory} />
        </Field>
      </FieldGroup>
      <RemoteList list={list} empty={{ icon: '查', title: '没有符合条件的周报' }}
        items={(items, data) => (
          <>
            <Text className='xq-obs-alert__meta'>共 {data.total} 份</Text>
            {items.map((r) => <ReportCard key={r.id} r={r} onOpen={() => open(r)} />)}
          </>
        )} />
    </Page>
  )
}
