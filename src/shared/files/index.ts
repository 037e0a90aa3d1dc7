/** 文件：选择要上传的文件（按用途检查类型与大小），打开导出的文件或材料的临时链接，保存文本文件 */
export { ChooseFile, type ChooseFileProps } from './ChooseFile'
export { acceptOf, browserFile, chooseChatFile, type PickedFile } from './choose'
export { openAndTell, openExported, openFileLink, saveTextFile, type FileLink, type OpenOutcome } from './open'
