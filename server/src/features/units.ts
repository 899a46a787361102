// Unit names by date, from the model: which names were in use on a day.
import type { Model, UnitEntry } from '../../../engine/src/model/types';

/** A name is valid from validFrom (inclusive) until validUntil (exclusive: the day its successor starts). */
export function unitValidAt(u: UnitEntry, date: string): boolean {
  return (!u.validFrom || u.validFrom <= date) && (!u.validUntil || date < u.validUntil);
}

export function findUnit(model: Model, name: string): { unit?: UnitEntry; alias?: string } {
  const unit = model.units.find((u) => u.name === name || u.full === name);
  if (unit) return { unit };
  const alias = model.aliases.find((a) => a.alias === name);
  if (alias) return { unit: model.units.find((u) => u.name === alias.standard), alias: alias.standard };
  return {};
}
