// Unit names from the model: a name, its full name or an alias, as hover shows them.
import type { Model, UnitEntry } from '../../../engine/src/model/types';

export function findUnit(model: Model, name: string): { unit?: UnitEntry; alias?: string } {
  const unit = model.units.find((u) => u.name === name || u.full === name);
  if (unit) return { unit };
  const alias = model.aliases.find((a) => a.alias === name);
  if (alias) return { unit: model.units.find((u) => u.name === alias.standard), alias: alias.standard };
  return {};
}
