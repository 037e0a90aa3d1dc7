/**
 * 站长 · 学年工作总结：学年末由记录起草（计划完成情况 + 全年数字），修改“总体情况”等各节后提交；
 * 提交后冻结为一个版本，中心退回时显示意见。可导出 .docx。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SummaryText } from '../../../types/models-station'
import { Button, Card, Empty, ErrorState, Field, Loading, Page, Section, showError, showSuccess, Tag, TextArea } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { draftSummary, exportSummary, getSummary, submitSummary, updateSummary, type SummaryView } from '../../services/api/station'
import { openDocx } from './exportDocx'
import { pctText } from './format'
import './station.scss'

const SECTIONS: Array<[keyof SummaryText, string]> = [['overview', '一、总体情况'], ['achievements', '四、工作成效与特色'], ['problems', '五、存在的问题'], ['nextYear', '六、下学年工作思路']]

export function SummaryHead({ initialYear }: { initialYear?: string }) {
  // 不给学年时由函数按它的时钟取当前学年，页面不读设备时间
  const remote = useRemote(() => getSummary(initialYear ? { schoolYear: initialYear } : {}), [initialYear])
  const [local, setLocal] = useState<SummaryView | null>(null)
  const [text, setText] = useState<Partial<SummaryText>>({})
  const v = local ?? remote.data
  if (remote.status === 'error' && !v) return <ErrorState error={remote.error} onRetry={() => void remote.reload()} />
  if (!v) return <Loading />
  const schoolYear = v.schoolYear
  const act = async (p: Promise<{ ok: true; data: SummaryView } | { ok: false; error: Parameters<typeof showError>[0] }>, done: string) => {
    const r = await p
    if (!r.ok) return showError(r.error)
    setLocal(r.data)
    setText({})
    showSuccess(done)
  }
  const c = v.content
  return (
    <Page title='工作总结' subtitle={`${schoolYear} 学年${v.version ? ` · 第${v.version}版` : ''}`}>
      {v.returnComment && v.status === 'returned' && <Card accent='crisis' title='校心理中心退回'><Text>{v.returnComment}</Text></Card>}
      {!c ? (
        <View>
          <Empty icon='总' title='尚未起草' />
          <Button block onClick={() => void act(draftSummary(schoolYear), '已由记录起草')}>由记录起草</Button>
        </View>
      ) : (
        <View>
          <Section title='二、工作计划完成情况'>
            {c.planRows.length === 0 ? <Empty title='本学年没有工作计划' /> : c.planRows.map((r) => (
              <Card key={r.itemId} title={`${r.month} · ${r.what}`} extra={<Tag tone={r.done ? 'success' : 'danger'}>{r.done ? '已完成' : '未完成'}</Tag>}>
                <Text className='xq-st-muted'>{r.who} · {r.assessmentItemName}{r.evidence.length ? ` · 佐证：${r.evidence.join('、')}` : ''}</Text>
              </Card>
            ))}
          </Section>
          <Section title='三、全年工作数据'>
            <Card>
              <Text className='xq-st-muted'>周报 {c.figures.weeklyReports} 份，关注 {c.figures.concerns} 人次；月报按时 {c.figures.monthly.onTime}/{c.figures.monthly.due}</Text>
              <Text className='xq-st-muted'>即时报告 {c.figures.alerts.total} 起，时限内确认 {pctText(c.figures.alerts.share)}；谈话 {c.figures.talks} 次；朋辈谈心 {c.figures.peerTalks.confirmed} 次</Text>
              {c.figures.screenings.map((s) => <Text key={s.name} className='xq-st-muted'>{s.name}：参测率 {pctText(s.rate)}{s.complete ? '（已完成）' : ''}</Text>)}
            </Card>
          </Section>
          {SECTIONS.map(([key, label]) => (
            <Field key={key} label={label}>
              {v.editable ? <TextArea name={`summary-${key}`} value={text[key] ?? c.text[key]} maxLength={4000} onChange={(x) => setText({ ...text, [key]: x })} /> : <Text>{c.text[key] || '（未填写）'}</Text>}
            </Field>
          ))}
          <View className='xq-st-actions'>
            {v.editable && <Button onClick={() => void act(updateSummary({ schoolYear, rev: v.rev, text }), '已保存')}>保存</Button>}
            {v.editable && <Button variant='secondary' onClick={() => void act(draftSummary(schoolYear), '已按最新记录更新')}>按记录更新</Button>}
            {v.editable && <Button onClick={() => void act(submitSummary(schoolYear), '已提交校心理中心')}>提交</Button>}
            <Button variant='ghost' onClick={() => void exportSummary({ schoolYear }).then(openDocx)}>导出 .docx</Button>
          </View>
        </View>
      )}
    </Page>
  )
}
