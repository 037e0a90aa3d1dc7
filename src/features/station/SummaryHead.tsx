/**
 * 站长 · 学年工作总结：学年末由记录起草（计划完成情况 + 全年数字），修改“总体情况”等各节后提交；
 * 提交后冻结为一个版本，中心退回时显示意见。可导出 .docx。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SummaryText } from '../../../types/models-station'
import { Button, Card, Empty, Field, Page, TextArea } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { draftSummary, exportSummary, getSummary, submitSummary, updateSummary, type SummaryView } from '../../services/api/station'
import { openExported } from '../../shared/files'
import { SUMMARY_SECTIONS, SummaryFigures } from './YearViews'
import './station.scss'

export function SummaryHead({ initialYear }: { initialYear?: string }) {
  // 不给学年时由函数按它的时钟取当前学年，页面不读设备时间
  const remote = useRemote(() => getSummary(initialYear ? { schoolYear: initialYear } : {}), [initialYear])
  const [local, setLocal] = useState<SummaryView | null>(null)
  return <RemoteView remote={{ ...remote, data: local ?? remote.data }}>{(v) => <SummaryBody v={v} onChanged={setLocal} />}</RemoteView>
}

function SummaryBody({ v, onChanged }: { v: SummaryView; onChanged: (v: SummaryView) => void }) {
  const [text, setText] = useState<Partial<SummaryText>>({})
  const schoolYear = v.schoolYear
  const c = v.content
  const changed = { onDone: (next: SummaryView) => { onChanged(next); setText({}) } }
  const draft = useAction(() => draftSummary(schoolYear), { ...changed, success: c ? '已按最新记录更新' : '已由记录起草' })
  const save = useAction(() => updateSummary({ schoolYear, rev: v.rev, text }), { ...changed, success: '已保存' })
  const submit = useAction(() => submitSummary(schoolYear), { ...changed, success: '已提交校心理中心' })
  const exp = useAction(() => exportSummary({ schoolYear }), { onDone: openExported })
  return (
    <Page title='工作总结' subtitle={`${schoolYear} 学年${v.version ? ` · 第${v.version}版` : ''}`}>
      {v.returnComment && v.status === 'returned' && <Card accent='crisis' title='校心理中心退回'><Text>{v.returnComment}</Text></Card>}
      {!c ? (
        <View>
          <Empty icon='总' title='尚未起草' />
          <Button block loading={draft.busy} onClick={() => void draft.run()}>由记录起草</Button>
        </View>
      ) : (
        <View>
          <SummaryFigures content={c} />
          {SUMMARY_SECTIONS.map(([key, label]) => (
            <Field key={key} label={label}>
              {v.editable ? <TextArea name={`summary-${key}`} value={text[key] ?? c.text[key]} maxLength={4000} onChange={(x) => setText({ ...text, [key]: x })} /> : <Text>{c.text[key] || '（未填写）'}</Text>}
            </Field>
          ))}
          <View className='xq-st-actions'>
            {v.editable && <Button loading={save.busy} onClick={() => void save.run()}>保存</Button>}
            {v.editable && <Button variant='secondary' loading={draft.busy} onClick={() => void draft.run()}>按记录更新</Button>}
            {v.editable && <Button loading={submit.busy} onClick={() => void submit.run()}>提交</Button>}
            <Button variant='ghost' loading={exp.busy} onClick={() => void exp.run()}>导出 .docx</Button>
          </View>
        </View>
      )}
    </Page>
  )
}
