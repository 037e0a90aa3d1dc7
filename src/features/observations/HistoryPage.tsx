/** 历史周报（填报人）：本学期每周的状态；点开已交的周查看或修改，未报的周可补报 */
import { Cell, CellGroup, Empty, Page, RemoteView, Tag } from '../../components'
import { pageUrl } from '../../routes'
import { fetchHistory, type HistoryRow } from '../../services/api/observations'
import { useRemote } from '../../hooks/useRemote'
import { openPage } from '../../shared/navigation'
import { statusText, statusTone, weekText } from './format'

function rowDesc(r: HistoryRow): string {
  if (r.off) return '假期周，无需填报'
  if (r.status === 'returned') return `退回意见：${r.reviewComment ?? ''}`
  if (r.status === 'missing') return r.submission === 'open' ? '本周尚未提交，点此填报' : '未按时提交，点此补报'
  if (r.revision && r.revision > 1) return `已修改 ${r.revision - 1} 次`
  return r.status === 'reviewed' ? '辅导员已阅' : '已提交，审阅前可修改'
}

export function HistoryPage({ role }: { role: 'committee' | 'observer' }) {
  const state = useRemote(() => fetchHistory(), [])
  const loaded = state.data
  return (
    <Page title='历史周报' subtitle={loaded && `${loaded.unit.unitName} · ${loaded.term.name}`}>
      <RemoteView remote={state}>{(d) => d.rows.length === 0 ? (
        <Empty icon='历' title='学期尚未开始' />
      ) : (
        <CellGroup>
          {d.rows.map((r) => (
            <Cell
              key={r.week}
              title={weekText(r.week, r.monday)}
              desc={rowDesc(r)}
              value={r.status ? <Tag tone={statusTone(r.status, r.submission)}>{statusText(r.status, r.submission)}</Tag> : <Tag>假期</Tag>}
              onClick={r.off ? undefined : () => openPage(pageUrl(role, 'report', { week: r.week }))}
            />
          ))}
        </CellGroup>
      )}</RemoteView>
    </Page>
  )
}
