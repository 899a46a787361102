// Config "corpus": extra gazette folders trained in memory and merged into the model.
// Training (engine/src/model/train.ts) has not landed in this tree yet, so a configuration that
// asks for it is refused with a clear message rather than silently ignored.
import { ModelError, type Model } from '../../engine/src';

export function corpusModel(_base: Model, folders: string[]): Model {
  throw new ModelError(folders[0] ?? '', '配置中的 "corpus" 需要训练功能，当前版本尚未提供 / "corpus" in the configuration needs training, which this build does not have yet');
}
