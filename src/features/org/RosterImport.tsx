import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Result } from '../../../types/result'
import { Button, Card, showError, showInfo } from '../../components'
import { RemoteView } from '../../components/RemoteView'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { fetchRosterTemplate, importRoster, type RosterImportOutput, type RosterRowError } from '../../services/api/identity'
import { uploadFor } from '../../services/upload'
import { MAX_ROSTER_BYTES } from '../../../types/api/identity'
import { PrivacyConsent } from '../../shared/privacy'
import { ChooseFile, saveTextFile, type PickedFile } from '../../shared/files'
import { fileSize } from './format'
import '../../styles/org.scss'

function ErrorTable({ errors }: { errors: RosterRowError[] }) {
  return (
    <Card title={`名册有 ${errors.length} 处错误，未导入任何数据`} accent='crisis'>
      <View className='xq-org__error-table'>
        {errors.map((e, i) => (
          <View key={i} className='xq-org__error-row'>
            <Text className='xq-org__error-pos'>{e.row > 0 ? `第 ${e.row} 行` : '文件'}{e.column ? ` · ${e.column}` : ''}</Text>
            <Text>{e.reason}</Text>
          </View>
        ))}
      </View>
      <Text className='xq-org__muted'>请按提示修改后重新选择文件。</Text>
    </Card>
  )
}

function ResultCard({ r }: { r: RosterImportOutput }) {
  return (
    <Card title='导入完成' accent='primary'>
      <View className='xq-org__detail'>
        <View className='xq-org__row'><Text>新增学生</Text><Text>{r.added}</Text></View>
        <View className='xq-org__row'><Text>更新学生</Text><Text>{r.updated}</Text></View>
        <View className='xq-org__row'><Text>未变化</Text><Text>{r.unchanged}</Text></View>
        <View className='xq-org__row'><Text>新建班级 / 宿舍</Text><Text>{r.classesAdded} / {r.dormsAdded}</Text></View>
        <Text className='xq-org__muted'>按学号更新，重复导入不会产生重复学生。名册中没有的学生保持不变。</Text>
      </View>
    </Card>
  )
}

/** 名册导入（站长）：下载模板 → 选择 CSV/XLSX → 整份校验后导入 */
export function RosterImport() {
  const template = useRemote(() => fetchRosterTemplate(), [])
  const [file, setFile] = useState<PickedFile | null>(null)
  const [result, setResult] = useState<RosterImportOutput | null>(null)
  const [rowErrors, setRowErrors] = useState<RosterRowError[] | null>(null)

  const picked = (f: PickedFile) => {
    setFile(f)
    setResult(null)
    setRowErrors(null)
  }
  const download = async () => {
    if (!template.data) return
    const how = await saveTextFile(template.data.filename, template.data.csv).catch((e: Error) => {
      showError(e.message)
      return null
    })
    if (how === 'copied') showInfo('模板内容已复制，可粘贴保存为 .csv 文件')
  }
  /** 名册的逐行错误列在下方的表里（不弹提示）：答复 ok、data 为 null */
  const submit = useAction(async (f: PickedFile): Promise<Result<RosterImportOutput | null>> => {
    // 先上传到云存储（不受单次调用 6 MB 的限制），再把文件 id 交给导入
    const up = await uploadFor('roster', f.name, f.file)
    const res = up.ok ? await importRoster({ fileID: up.data.fileID }) : up
    const errors = res.ok ? undefined : (res.error.details as { errors?: RosterRowError[] } | undefined)?.errors
    if (!res.ok && res.error.code === 'ROSTER.INVALID_FILE' && errors) {
      setRowErrors(errors)
      return { ok: true, data: null }
    }
    return res
  }, {
    success: (out) => (out ? '导入完成' : undefined),
    onDone: (out) => {
      if (!out) return
      setResult(out)
      setFile(null)
    },
  })

  return <RemoteView remote={template}>{(t) => (
      <View className='xq-org'>
        <Card title='1. 按模板整理名册'>
          <View className='xq-org__steps'>
            {t.columns.map((c) => (
              <Text key={c.name} style={{ display: 'block' }}>
                {c.name}{c.required ? '' : '（可选）'}：{c.rule}
              </Text>
            ))}
          </View>
          <View className='xq-org__actions'>
            <Button size='sm' variant='secondary' onClick={() => void download()}>下载模板</Button>
          </View>
        </Card>
        <Card title={`2. 选择文件（.xlsx 或 .csv，不超过 ${MAX_ROSTER_BYTES / 1024 / 1024} MB）`}>
          <ChooseFile purpose='roster' weappText='从微信聊天选择文件' className='xq-org__file' testId='roster-file' onPicked={picked} />
          {file && <Text className='xq-org__muted' style={{ display: 'block', marginTop: '8px' }}>{file.name} · {fileSize(file.size)}</Text>}
        </Card>
        <Button block size='lg' loading={submit.busy} disabled={!file} onClick={() => file && void submit.run(file)}>校验并导入</Button>
        <View style={{ height: '12px' }} />
        {rowErrors && <ErrorTable errors={rowErrors} />}
        {result && <ResultCard r={result} />}
        <PrivacyConsent />
      </View>
  )}</RemoteView>
}
