// The 牵头单位 block family: grammar (order, colons, separators, width, brackets, position) and
// the units themselves, judged against the model's lexicon as of the document's date. The units a
// 主送 line names one by one are judged by the rules that hold there as well (renamed, not yet
// existing, a slip, an informal abbreviation): see main-recipient.ts. The units of a 任免 notice's
// items (任命张三为聊城市X局局长) are judged by date too (renamed, not yet existing): appointment.ts;
// so are the units running text names with the city's name (聊城市X局负责…): mentions.ts.
// An assignment written after its units (（省财政厅牵头，省直有关部门配合）, parse/task-brackets.ts) is a
// block too: the rules of units and separators judge it, those of the colon form's grammar skip it.
import type { Rule } from '../types';
import { roleOrder } from './role-order';
import { emptyRole } from './empty-role';
import { roleColon } from './role-colon';
import { roleWord } from './role-word';
import { roleSeparator } from './role-separator';
import { unitSeparator } from './unit-separator';
import { straySeparator } from './stray-separator';
import { punctuationWidth } from './punctuation-width';
import { brackets } from './brackets';
import { blockPosition } from './block-position';
import { blockStop } from './block-stop';
import { duplicate } from './duplicate';
import { alias } from './alias';
import { unitTypo } from './unit-typo';
import { unknownUnit } from './unknown-unit';
import { renamed } from './renamed';
import { notYetExisting } from './not-yet-existing';
import { etc } from './etc';
import { roleFamily } from './role-family';
import { ministryName } from './ministry-name';

export const leadUnitRules: Rule[] = [
  roleOrder, roleFamily, emptyRole, roleColon, roleWord, roleSeparator, unitSeparator, straySeparator, punctuationWidth, brackets, blockPosition, blockStop,
  duplicate, etc, alias, ministryName, unitTypo, unknownUnit, renamed, notYetExisting,
];
