/** 本地开发登录（仅 H5 构建包含此页面） */
export { DevUserList, enterAs } from './DevUserList'
