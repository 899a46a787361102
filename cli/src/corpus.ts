// Config "corpus": extra gazette folders, trained in memory and merged into the model, so a team
// can teach Gongwen its own issuing codes and unit names without shipping a model file.
import { ModelError, type Model } from '../../engine/src';
import { readCorpus } from '../../engine/src/model/corpus';
import { mergeModels } from '../../engine/src/model/serialize';
import { train } from '../../engine/src/model/train';
import { InputError } from '../../engine/src/text/encoding';

export function corpusModel(base: Model, folders: string[]): Model {
  try {
    return mergeModels(base, train(readCorpus(folders)));
  } catch (e) {
    // A corpus that cannot be read makes the model unusable for the files under this config.
    if (e instanceof InputError) throw new ModelError(e.file, `配置中的训练语料无法读取 / corpus from the configuration cannot be read: ${e.reason}`);
    throw e;
  }
}
