/**
 * 站长 · 人员登记：本站站长、辅导员、兼职心理咨询师的登记信息与本学年培训学时（对照中心标准），
 * 导出站长登记表（附件2，.docx）；下方为“制度建设 · 换岗交接”的交接记录。
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button, Card, Empty, Page, Section, Tag } from '../../components'
import { RemoteList } from '../../components/RemoteList'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { listHandovers } from '../../services/api/identity'
import { exportRegister, listStaff } from '../../services/api/station'
import { openExported } from '../../shared/files'
import { StaffForm } from './StaffForm'
import type { StaffView } from '../../../types/api/station'
import './station.scss'

function Handovers() {
  const list = useRemote(() => listHandovers({}), [])
  return (
    <Section title='制度建设 · 换岗交接'>
      <RemoteList list={list} empty={{ icon: '交', title: '还没有交接记录' }} renderItem={(h) => (
        <Card key={h._id} className='xq-st-handover' title={`${h.fromName} → ${h.toName}`} extra={<Text className='xq-st-muted'>{h.createdAt.slice(0, 10)}</Text>}>
          <Text className='xq-st-muted'>
            重点关注 {h.counts.keycare} · 约谈任务 {h.counts.talk_task} · 待确认晚点名 {h.counts.rollcall} · 待确认朋辈谈心 {h.counts.peer_talk}
          </Text>
          {h.note && <Text className='xq-st-muted'>交接说明：{h.note}</Text>}
        </Card>
      )} />
    </Section>
  )
}

export function StaffRegister() {
  const staff = useRemote(() => listStaff({}), [])
  const [editing, setEditing] = useState<StaffView | 'new' | null>(null)
  const exp = useAction(() => exportRegister({}), { onDone: openExported })
  return (
    <RemoteView remote={staff}>
      {(d) => (
        <Page title='人员登记' subtitle={`${d.schoolYear} 学年 · 培训学时标准：专职 ${d.norms.fullTimeHours} 学时，兼职 ${d.norms.partTimeHours} 学时`}>
          <View className='xq-st-actions'>
            <Button loading={exp.busy} onClick={() => void exp.run()}>导出站长登记表（.docx）</Button>
            <Button variant='secondary' onClick={() => setEditing('new')}>登记人员</Button>
          </View>
          <Section title={`登记人员 ${d.items.length} 人`}>
            {d.items.length === 0 ? <Empty icon='人' title='还没有登记人员' /> : d.items.map((s) => (
              <Card key={s._id} className='xq-st-staff' onClick={() => setEditing(s)} title={`${s.name} · ${s.kindLabel}`} extra={<Tag tone={s.hours.meets ? 'success' : 'key'}>{s.hours.total}/{s.hours.norm} 学时</Tag>}>
                <View>
                  <Text className='xq-st-muted'>{[s.department, s.title, s.education, s.major].filter(Boolean).join(' · ')}</Text>
                  <Text className='xq-st-muted'>咨询资质：{s.qualification.label}{s.qualification.certificateNo ? `（${s.qualification.certificateNo}）` : ''}</Text>
                  {(s.phone || s.qqEmail) && <Text className='xq-st-muted'>{[s.phone, s.qqEmail].filter(Boolean).join(' · ')}</Text>}
                  <Text className='xq-st-muted'>本学年培训：心桥记录 {s.hours.fromXinqiao} 学时，手填 {s.hours.fromEntries} 学时</Text>
                </View>
              </Card>
            ))}
          </Section>
          <Handovers />
          {editing && <StaffForm profile={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); void staff.reload() }} />}
        </Page>
      )}
    </RemoteView>
  )
}
