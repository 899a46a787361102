import { strict as assert } from 'assert';
import { cellsOf, widthInCells } from './width';

describe('text/width', () => {
  it('cellsOf: Chinese, full-width marks and the quotes, dashes and ellipsis of Chinese text 1; digits, Latin, other general punctuation and half-width forms ½', () => {
    assert.deepEqual(['中', '，', '（', '“', '—', '…', '𠀀'].map(cellsOf), [1, 1, 1, 1, 1, 1, 1]);
    assert.deepEqual(['1', 'a', ' ', '%', '‰', '–', 'ｱ'].map(cellsOf), [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
  });
  it('widthInCells: a line character by character, a character outside the BMP once', () => {
    assert.equal(widthInCells('1.聊城市人民政府关于2024年工作的通知'), 15 + 6 * 0.5);
    assert.equal(widthInCells('𠀀𠀁'), 2);
    assert.equal(widthInCells(''), 0);
  });
});
