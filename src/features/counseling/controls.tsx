/** 日期、时刻与学生选择控件在 src/shared/forms（工作台账的表单也用） */
export { DateField, TimeField, StudentPicker } from '../../shared/forms'
